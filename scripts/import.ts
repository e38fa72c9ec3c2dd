/**
 * `npm run import -- awards <file.xlsx|file.csv> [--dry-run] [--publish]`:
 * brings award decisions, exemplars or legal documents in from a
 * spreadsheet (src/import). The admin's "Nhập dữ liệu" view runs this same
 * script for each confirmed upload (`--import-id`), as a process of its own.
 */
import { checkDatabaseReachable } from './database-preflight'

// Before the config loads: this process runs no job queue (it is the only writer of its own, see
// src/import/engine/transaction.ts), writes to the primary, and uses the production database like `npm start`.
Object.assign(process.env, { NODE_ENV: process.env.NODE_ENV ?? 'production' })
process.env.JOBS = 'off'
process.env.DATABASE_PRIMARY_ONLY = 'true'

const main = async (): Promise<number> => {
  const { parseArgs, USAGE } = await import('@/import/cli/args')
  const args = parseArgs(process.argv.slice(2))
  if (typeof args === 'string') {
    console.error(`[import] ${args}\n${USAGE}`)
    return 2
  }
  const { writeTemplate, runFileImport } = await import('@/import/cli/main')
  // A cluster's own score template reads the database; every other template is written without it.
  if (args.mode === 'template' && !args.cluster) return writeTemplate(args)
  await checkDatabaseReachable()
  const { getPayload } = await import('payload')
  const config = (await import('@payload-config')).default
  const payload = await getPayload({ config })
  if (args.mode === 'template') return writeTemplate(args, payload)
  if (args.mode === 'job') {
    const { runImportRecord } = await import('@/import/job/runImportRecord')
    return runImportRecord({ importId: args.importId, payload })
  }
  return runFileImport({ args, payload })
}

main()
  .then((code) => process.exit(code))
  .catch(async (error: unknown) => {
    const { ImportFileError } = await import('@/import/types')
    if (error instanceof ImportFileError) {
      console.error(`[import] ${error.message}`)
      process.exit(2)
    }
    console.error(`[import] Lỗi: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
    console.error('[import] Chưa ghi xong. Chạy lại đúng lệnh này: những gì đã ghi được nhận ra và không bị ghi lại lần hai.')
    process.exit(1)
  })
