import { inspectDatabase } from './database'
import { sha256File } from './hashing'
import { type BackupManifest, collectionTablesOf } from './manifest'
import { compareStates, documentsIn } from './state'
import type { BackupDatabaseKind } from './manifest'
import { listUploadFiles } from './uploads'

/** At most this many differences are named; the count says how many there were. */
const SHOWN = 8

/**
 * Checks what is now in place against the manifest: every table's row count,
 * the migrations, and every upload file's size and sha256 (no file missing,
 * none extra). Throws one message naming the differences.
 */
export const verifyRestore = async ({ manifest, target }: { manifest: BackupManifest; target: { kind: BackupDatabaseKind; where: string } }) => {
  const state = await inspectDatabase(target)
  const problems = compareStates({ actual: state, expected: manifest.database })
  const expectedFiles = new Map(manifest.files.filter((file) => file.path !== manifest.database.entry).map((file) => [file.path, file]))
  const found = await listUploadFiles()
  for (const file of found) {
    const expected = expectedFiles.get(file.entry)
    expectedFiles.delete(file.entry)
    if (!expected) problems.push(`${file.entry} có trên đĩa nhưng manifest không ghi`)
    else if ((await sha256File(file.absolute)) !== expected.sha256) problems.push(`${file.entry} khác tệp đã sao lưu (sha256)`)
  }
  for (const missing of expectedFiles.keys()) problems.push(`${missing} thiếu sau khi khôi phục`)
  if (problems.length) {
    throw new Error(`Đối chiếu với manifest thất bại (${problems.length} chỗ khác): ${problems.slice(0, SHOWN).join('; ')}. Bản khôi phục không đáng tin: thử một bản sao lưu khác.`)
  }
  return { documents: documentsIn({ collectionTables: collectionTablesOf(manifest.database), state }), uploads: found.length }
}
