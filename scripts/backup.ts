/**
 * `npm run backup [-- --out <file>]`: one ZIP holding a consistent snapshot
 * of the database (SQLite or PostgreSQL), the upload folders and a manifest
 * of counts and checksums, taken while the site keeps serving. Reads the same
 * environment as `npm start` (DATABASE_URI, SQLITE_PATH, MEDIA_DIR); default
 * output backups/thidua-<time>.zip. Logic: src/backup/.
 */
import path from 'node:path'
import { parseArgs } from 'node:util'

import { checkDatabaseReachable } from './database-preflight'
import { seconds } from './run-command'

// What `npm start` serves: the production database file, unless told otherwise.
Object.assign(process.env, { NODE_ENV: process.env.NODE_ENV ?? 'production' })
process.env.PAYLOAD_LOG_LEVEL ??= 'error'

const main = async () => {
  const started = Date.now()
  const { values } = parseArgs({ options: { out: { type: 'string' } } })
  await checkDatabaseReachable()
  const { createBackup, defaultArchivePath } = await import('@/backup/backup')
  const out = path.resolve(values.out ?? defaultArchivePath())
  const result = await createBackup({ log: (line) => console.log(line), out })
  const relative = path.relative(process.cwd(), result.archive)
  const shown = relative.startsWith('..') ? result.archive : relative
  console.log(
    `[backup] Xong trong ${seconds(started)}: ${shown} (${(result.bytes / 1e6).toFixed(1)} MB), ${result.manifest.database.kind}, ${result.documents} tài liệu, ${result.uploads} tệp tải lên. Hãy chép nó ra khỏi máy này; khôi phục: npm run restore -- ${shown}`,
  )
  process.exit(0)
}

main().catch((error: unknown) => {
  console.error(`[backup] Thất bại: ${error instanceof Error ? error.message : String(error)}`)
  if ((error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) console.error('[backup] Cách dùng: npm run backup [-- --out <tệp.zip>]')
  console.error('[backup] Không có tệp sao lưu nào được ghi.')
  process.exit(1)
})
