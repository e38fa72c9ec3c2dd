import fs from 'node:fs'
import { pipeline } from 'node:stream/promises'

import { ZipArchive, type ZipEntryData } from 'archiver'

/** A ZIP entry: generated text, or a file copied from disk. */
export type ZipEntry = { content: string; name: string } | { compress: boolean; name: string; path: string }

/**
 * Streams the entries into `dest`: files are read from disk as the archive
 * is written (archiver opens them lazily), so memory stays flat however
 * large the attachments. Already-compressed files (PDF, images, video) are
 * stored, not deflated again, which costs CPU for nothing.
 */
export const writeZip = async ({ dest, entries }: { dest: string; entries: ZipEntry[] }): Promise<void> => {
  const archive = new ZipArchive({ zlib: { level: 6 } })
  const date = new Date()
  for (const entry of entries) {
    if ('content' in entry) archive.append(entry.content, { date, name: entry.name })
    else {
      // archiver's zip format reads `store` from any entry; its typings only declare it for append().
      const data: ZipEntryData = { date, name: entry.name, store: !entry.compress }
      archive.file(entry.path, data)
    }
  }
  // Both awaited together: a failure on either side (a file gone from disk, a full disk) rejects once.
  await Promise.all([pipeline(archive, fs.createWriteStream(dest, { flags: 'wx' })), archive.finalize()])
}
