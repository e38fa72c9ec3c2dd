import fs from 'node:fs'
import path from 'node:path'

import { extractVerified, type OpenArchive, openBackupArchive } from './archiveReader'
import { configuredDatabase, inspectDatabase } from './database'
import { collectionTablesOf, MANIFEST_ENTRY } from './manifest'
import { restorePostgres } from './postgres'
import { replaceSqliteFile } from './sqlite'
import { documentsIn } from './state'
import { listUploadFiles, makeStagingDir, stagingUploadDir, swapUploadFolders, uploadTarget } from './uploads'
import { verifyRestore } from './verify'

export type RestoreResult = { documents: number; uploads: number }

/** A target that holds data: the caller says so and exits without touching anything. */
export class TargetNotEmpty extends Error {}

/** Every entry is the database or an upload the manifest lists with its checksum; anything else means the archive was altered. */
const checkEntries = (archive: OpenArchive): void => {
  const listed = new Set(archive.manifest.files.map((file) => file.path))
  const unlisted = [...archive.entries.keys()].filter((name) => name !== MANIFEST_ENTRY && !listed.has(name))
  const misplaced = archive.manifest.files.filter((file) => file.path !== archive.manifest.database.entry && !uploadTarget(file.path))
  if (unlisted.length || misplaced.length) {
    throw new Error(`Bản sao lưu có tệp ngoài manifest hoặc đường dẫn không hợp lệ (${[...unlisted, ...misplaced.map((f) => f.path)].slice(0, 3).join(', ')}): bản sao lưu bị sửa; dùng một bản sao lưu khác.`)
  }
}

/**
 * Restores an archive into the database and upload folders the environment
 * points at. Refuses a target holding documents or uploads unless `force`.
 * Everything is unpacked and checked against the manifest's checksums before
 * the target is touched; then the database and the folders are swapped in,
 * and the result is checked against the manifest's counts and checksums.
 */
export const restoreBackup = async ({ file, force, log }: { file: string; force: boolean; log: (line: string) => void }): Promise<RestoreResult> => {
  const target = configuredDatabase()
  log(`[restore 1/5] Đọc manifest của ${file}…`)
  const archive = await openBackupArchive(file)
  const staging = await makeStagingDir()
  const { manifest } = archive
  try {
    if (manifest.database.kind !== target.kind) {
      throw new Error(`Bản sao lưu chứa CSDL ${manifest.database.kind}, còn cấu hình hiện tại trỏ tới ${target.kind}: đặt DATABASE_URI (hoặc bỏ nó đi với SQLite) cho đúng loại rồi chạy lại.`)
    }
    log(`[restore 2/5] Kiểm tra đích (${target.kind}) còn trống…`)
    const before = await inspectDatabase(target)
    const documents = documentsIn({ collectionTables: collectionTablesOf(manifest.database), state: before })
    const uploads = (await listUploadFiles()).length
    if ((documents > 0 || uploads > 0) && !force) {
      throw new TargetNotEmpty(
        `Đích không trống: CSDL có ${documents} tài liệu, thư mục tải lên có ${uploads} tệp. Khôi phục sẽ xóa chúng: chạy lại với --force nếu chắc chắn, hoặc trỏ ${target.kind === 'sqlite' ? 'SQLITE_PATH' : 'DATABASE_URI'} và MEDIA_DIR tới chỗ trống.`,
      )
    }
    checkEntries(archive)
    log(`[restore 3/5] Giải nén ${manifest.files.length} tệp và kiểm tra sha256 từng tệp…`)
    const stagedDatabase = target.kind === 'sqlite' ? `${target.where}.restore-${process.pid}` : path.join(staging, 'database.pgdump')
    fs.mkdirSync(path.dirname(stagedDatabase), { recursive: true })
    try {
      for (const expected of manifest.files) {
        const dest = expected.path === manifest.database.entry ? stagedDatabase : (uploadTarget(expected.path, stagingUploadDir(staging)) as string)
        fs.mkdirSync(path.dirname(dest), { recursive: true })
        await extractVerified({ archive, dest, expected })
      }
      log(`[restore 4/5] Thay cơ sở dữ liệu và thư mục tải lên${force ? ' (--force: dữ liệu cũ bị thay)' : ''}…`)
      if (target.kind === 'sqlite') await replaceSqliteFile({ staged: stagedDatabase, target: target.where })
      else await restorePostgres({ clean: Object.keys(before.tables).length > 0, dump: stagedDatabase, url: target.where })
      await swapUploadFolders(staging)
    } finally {
      fs.rmSync(stagedDatabase, { force: true })
    }
    log('[restore 5/5] Đối chiếu với manifest: số dòng từng bảng, sha256 từng tệp…')
    return await verifyRestore({ manifest, target })
  } finally {
    archive.close()
    fs.rmSync(staging, { force: true, recursive: true })
  }
}
