import { once } from 'node:events'
import fs from 'node:fs'
import { pipeline } from 'node:stream/promises'

import { ZipArchive } from 'archiver'

import { hashingPassThrough } from './hashing'
import { type ArchivedFile, MANIFEST_ENTRY } from './manifest'

/** A file to archive under `entry`; `optional` files may vanish before they are read (an upload deleted meanwhile). */
export type ArchiveSource = { compress: boolean; entry: string; optional?: boolean; path: string }

/**
 * Streams each source into a ZIP at `dest`, hashing the very bytes that go in
 * (a file still being written is recorded as archived, never as it was a
 * moment earlier), then adds the manifest built from those hashes. One file
 * open at a time, so memory and descriptors stay flat however many uploads.
 */
export const writeBackupArchive = async ({
  dest,
  manifestFor,
  onFile,
  sources,
}: {
  dest: string
  manifestFor: (files: ArchivedFile[]) => unknown
  onFile?: (done: number) => void
  sources: ArchiveSource[]
}): Promise<ArchivedFile[]> => {
  const archive = new ZipArchive({ zlib: { level: 6 } })
  const written = pipeline(archive, fs.createWriteStream(dest))
  // Reported through `written` or the awaited entry; this keeps an early failure from going unheard meanwhile.
  written.catch(() => undefined)
  const date = new Date()
  const files: ArchivedFile[] = []
  try {
    for (const source of sources) {
      const handle = await fs.promises.open(source.path).catch((error: NodeJS.ErrnoException) => {
        if (source.optional && error.code === 'ENOENT') return null
        throw error
      })
      if (!handle) continue
      const { digest, stream } = hashingPassThrough()
      const reader = handle.createReadStream()
      reader.on('error', (error) => stream.destroy(error))
      archive.append(reader.pipe(stream), { date, name: source.entry, store: !source.compress })
      await once(archive, 'entry')
      files.push({ ...digest(), path: source.entry })
      onFile?.(files.length)
    }
    archive.append(`${JSON.stringify(manifestFor(files), null, 2)}\n`, { date, name: MANIFEST_ENTRY })
    await Promise.all([archive.finalize(), written])
    return files
  } catch (error) {
    archive.abort()
    throw error
  }
}
