import { once } from 'node:events'
import fs from 'node:fs'
import type { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'

import { ZipArchive, type ZipEntryData } from 'archiver'

/** A ZIP entry: generated text, or a stored file opened when its turn comes. */
export type ZipEntry = { content: string; name: string } | { compress: boolean; name: string; open: () => Promise<Readable> }

/**
 * Streams the entries into `dest`. Stored files are opened one at a time,
 * as the archive reaches them (archiver reads every appended stream at
 * once, and an S3 response holds a connection until read), so memory and
 * connections stay flat however many and however large the attachments.
 * Already-compressed files (PDF, images, video) are stored, not deflated
 * again, which costs CPU for nothing. A file that cannot be opened or read
 * fails the whole archive.
 */
export const writeZip = async ({ dest, entries }: { dest: string; entries: ZipEntry[] }): Promise<void> => {
  const archive = new ZipArchive({ zlib: { level: 6 } })
  const written = pipeline(archive, fs.createWriteStream(dest, { flags: 'wx' }))
  // Never left unhandled: a failure also surfaces through `once` below or the final await.
  written.catch(() => undefined)
  const date = new Date()
  try {
    for (const entry of entries) {
      const source = 'content' in entry ? entry.content : await entry.open()
      // archiver's zip format reads `store` from any entry; its typings only declare it for append().
      const data: ZipEntryData = { date, name: entry.name, store: 'compress' in entry && !entry.compress }
      const appended = once(archive, 'entry')
      archive.append(source, data)
      await Promise.race([appended, written])
    }
    await Promise.all([written, archive.finalize()])
  } catch (error) {
    archive.abort()
    await written.catch(() => undefined)
    throw error
  }
}
