/**
 * `npm run seed`: loads the demo content into the configured database.
 * Idempotent: running it twice leaves the same counts.
 */
import { checkDatabaseReachable } from './database-preflight'

// Before the config loads: writes and the migration check go to the primary (see prepare-db.ts).
process.env.DATABASE_PRIMARY_ONLY = 'true'

const main = async () => {
  console.log('[seed] Kết nối cơ sở dữ liệu và chạy migration…')
  await checkDatabaseReachable()
  const { getPayload } = await import('payload')
  const config = (await import('@payload-config')).default
  const { seedDemoContent } = await import('@/seed')
  const payload = await getPayload({ config })
  const summary = await seedDemoContent({ payload })
  console.log(`[seed] Xong trong ${summary.seconds.toFixed(1)} s: ${summary.created} tài liệu tạo mới, ${summary.existing} đã có sẵn.`)
  process.exit(0)
}

main().catch((error: unknown) => {
  console.error(`[seed] Lỗi: ${error instanceof Error ? error.message : String(error)}`)
  console.error('[seed] Kiểm tra DATABASE_URI / SQLITE_PATH, hoặc xóa thư mục data/ để tạo lại cơ sở dữ liệu nhúng rồi chạy lại.')
  process.exit(1)
})
