import fs from 'node:fs'
import path from 'node:path'

import { s3Settings } from '@/lib/storage/s3Settings'
import { type ArchiveSource, writeBackupArchive } from './archiveWriter'
import { collectionTables } from './collectionTables'
import { configuredDatabase, DATABASE_ENTRIES, snapshotDatabase } from './database'
import { type BackupManifest, MANIFEST_FORMAT, MANIFEST_VERSION } from './manifest'
import { documentsIn, withCollections } from './state'
import { listUploadFiles } from './uploads'

export type BackupResult = { archive: string; bytes: number; documents: number; uploads: number; manifest: BackupManifest }

/** `backups/thidua-2026-12-02T11-30-05Z.zip`: sorts by time, and no character a file system refuses. */
export const defaultArchivePath = (now = new Date()): string => path.resolve('backups', `thidua-${now.toISOString().replace(/\.\d+Z$/, 'Z').replace(/:/g, '-')}.zip`)

/**
 * One archive holding the database (a consistent snapshot taken while the
 * site keeps serving), the upload folders, and a manifest of counts and
 * checksums. The database goes first: every upload it refers to was written
 * before its document was committed, so it is on disk when the files are read.
 * Written under a temporary name and renamed at the end, so an archive under
 * the final name is always complete.
 */
export const createBackup = async ({ log, out }: { log: (line: string) => void; out: string }): Promise<BackupResult> => {
  const database = configuredDatabase()
  log(`[backup 1/4] Cơ sở dữ liệu ${database.kind === 'sqlite' ? `SQLite ${database.where}` : 'PostgreSQL (DATABASE_URI)'}; đọc danh sách collection…`)
  if (fs.existsSync(out)) throw new Error(`${out} đã có: chọn tên khác với --out, hoặc xóa tệp cũ.`)
  const tables = await collectionTables()
  fs.mkdirSync(path.dirname(out), { recursive: true })
  // The snapshot is as large as the database: beside the archive, on the disk chosen for backups, not in a small /tmp.
  const work = fs.mkdtempSync(path.join(path.dirname(out), '.thidua-backup-'))
  const partial = `${out}.partial`
  try {
    log(`[backup 2/4] Chụp cơ sở dữ liệu ${database.kind === 'sqlite' ? 'SQLite (VACUUM INTO)' : 'PostgreSQL (pg_dump)'} trong khi trang vẫn chạy…`)
    // The moment the snapshot reflects (to the second): later writes are not in it.
    const createdAt = new Date().toISOString()
    const snapshot = path.join(work, path.basename(DATABASE_ENTRIES[database.kind]))
    const state = await snapshotDatabase({ ...database, dest: snapshot })
    const contents = withCollections({ collectionTables: tables, state })
    const documents = documentsIn({ collectionTables: tables, state })
    log(`[backup 2/4] … ${documents} tài liệu trong ${Object.keys(state.tables).length} bảng, ${(fs.statSync(snapshot).size / 1e6).toFixed(1)} MB.`)
    const s3 = s3Settings()
    // Uploads in a bucket are not copied here: a bucket's own versioning or replication keeps them, with no second copy to drift.
    if (s3) log(`[backup 3/4] Ảnh và tệp nằm trong bucket S3 "${s3.bucket}" (S3_BUCKET) nên KHÔNG có trong bản sao lưu này: hãy bật versioning hoặc replication của nhà cung cấp lưu trữ cho bucket đó.`)
    const uploads = await listUploadFiles()
    log(`[backup 3/4] Đóng gói ${uploads.length} tệp tải lên và cơ sở dữ liệu vào ${out}…`)
    const sources: ArchiveSource[] = [
      // pg_dump's custom format is compressed already; a SQLite file deflates to a fraction.
      { compress: database.kind === 'sqlite', entry: DATABASE_ENTRIES[database.kind], path: snapshot },
      // Images, PDFs and office files are compressed formats: stored as they are.
      ...uploads.map((file) => ({ compress: false, entry: file.entry, optional: true, path: file.absolute })),
    ]
    let manifest: BackupManifest | undefined
    const step = Math.max(100, Math.ceil(sources.length / 10))
    await writeBackupArchive({
      dest: partial,
      manifestFor: (files) =>
        (manifest = { createdAt, database: { ...contents, entry: DATABASE_ENTRIES[database.kind], kind: database.kind }, files, format: MANIFEST_FORMAT, version: MANIFEST_VERSION }),
      onFile: (done) => done % step === 0 && log(`[backup 3/4] … ${done}/${sources.length} tệp`),
      sources,
    })
    const written = manifest as BackupManifest
    log(`[backup 4/4] Manifest ghi số dòng ${Object.keys(written.database.tables).length} bảng và sha256 của ${written.files.length} tệp; đặt tên cuối cho tệp sao lưu.`)
    fs.renameSync(partial, out)
    return { archive: out, bytes: fs.statSync(out).size, documents, manifest: written, uploads: written.files.length - 1 }
  } finally {
    fs.rmSync(partial, { force: true })
    fs.rmSync(work, { force: true, recursive: true })
  }
}
