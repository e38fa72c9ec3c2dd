/**
 * `npm run restore -- <archive> [--force]`: restores a `npm run backup`
 * archive into the database and upload folders the environment points at
 * (DATABASE_URI, SQLITE_PATH, MEDIA_DIR), then checks them against its
 * manifest. Stop the site first. Refuses a target that holds documents or
 * uploads unless --force (exit 2, nothing touched); any other failure,
 * including a mismatch with the manifest, exits 1. Logic: src/backup/.
 */
import { parseArgs } from 'node:util'

import { checkDatabaseReachable } from './database-preflight'
import { seconds } from './run-command'

Object.assign(process.env, { NODE_ENV: process.env.NODE_ENV ?? 'production' })

const USAGE = 'Cách dùng: npm run restore -- <tệp sao lưu .zip> [--force]'

const main = async () => {
  const started = Date.now()
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { force: { type: 'boolean' } } })
  if (positionals.length !== 1) throw new Error(`cần đúng một tệp sao lưu. ${USAGE}`)
  await checkDatabaseReachable()
  const { restoreBackup, TargetNotEmpty } = await import('@/backup/restore')
  try {
    const result = await restoreBackup({ file: positionals[0], force: values.force === true, log: (line) => console.log(line) })
    console.log(`[restore] Xong trong ${seconds(started)}: ${result.documents} tài liệu và ${result.uploads} tệp tải lên khớp manifest. Chạy npm start để phục vụ lại trang.`)
    process.exit(0)
  } catch (error) {
    if (!(error instanceof TargetNotEmpty)) throw error
    console.error(`[restore] Từ chối: ${error.message}`)
    process.exit(2)
  }
}

main().catch((error: unknown) => {
  console.error(`[restore] Thất bại: ${error instanceof Error ? error.message : String(error)}`)
  if ((error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) console.error(`[restore] ${USAGE}`)
  process.exit(1)
})
