/**
 * Brings the database up to date (Payload runs the committed migrations on
 * start in production), indexes search entries older than the search index
 * and the award register's folded names (each a no-op once done; through
 * the Local API it works on every database, which is why it lives here rather
 * than in a migration) and seeds demo content into an empty
 * database unless SEED_DEMO=false; refreshes the query planner's statistics.
 * It reads and migrates the primary only (DATABASE_PRIMARY_ONLY): replicas
 * may lag, and Payload decides which migrations to run from what it reads.
 */
import { checkDatabaseReachable } from './database-preflight'

// Before the config loads: it reads this once, when it builds the adapter.
process.env.DATABASE_PRIMARY_ONLY = 'true'

const main = async () => {
  await checkDatabaseReachable()
  const { getPayload } = await import('payload')
  const config = (await import('@payload-config')).default
  const { optimizeDatabase } = await import('@/lib/database/optimize')
  const { backfillAwardFolded } = await import('@/collections/Awards/backfill')
  const { backfillAwardDerived } = await import('@/collections/Awards/backfillDerived')
  const { backfillSearchTokens } = await import('@/search/backfill')
  const { seedDemoContent } = await import('@/seed')
  const payload = await getPayload({ config })
  const indexed = await backfillSearchTokens({ payload })
  if (indexed > 0) console.log(`[db] Chỉ mục tìm kiếm: đã lập chỉ mục từ khóa cho ${indexed} mục cũ.`)
  const folded = await backfillAwardFolded({ payload })
  if (folded > 0) console.log(`[db] Sổ khen thưởng: đã lập bản tra cứu không dấu cho ${folded} quyết định cũ.`)
  const derived = await backfillAwardDerived({ payload })
  if (derived > 0) console.log(`[db] Thống kê: đã lập khoá quyết định và số liệu thống kê cho ${derived} quyết định cũ.`)
  const { totalDocs: users } = await payload.count({ collection: 'users', overrideAccess: true })
  if (process.env.SEED_DEMO === 'false') {
    console.log('[db] SEED_DEMO=false: bỏ qua dữ liệu mẫu.')
  } else if (users > 0) {
    console.log(`[db] Cơ sở dữ liệu đã có ${users} người dùng: không nạp dữ liệu mẫu.`)
  } else {
    console.log('[db] Cơ sở dữ liệu trống: nạp dữ liệu mẫu…')
    const summary = await seedDemoContent({ payload })
    console.log(`[db] Dữ liệu mẫu: ${summary.created} tài liệu trong ${summary.seconds.toFixed(1)} s.`)
  }
  if (await optimizeDatabase(payload)) console.log('[db] Đã cập nhật thống kê cho bộ lập kế hoạch truy vấn (SQLite: PRAGMA optimize, PostgreSQL: ANALYZE).')
  process.exit(0)
}

main().catch((error: unknown) => {
  console.error(`[db] Lỗi: ${error instanceof Error ? error.message : String(error)}`)
  console.error('[db] Kiểm tra DATABASE_URI (và DATABASE_READ_REPLICAS); với CSDL nhúng có thể xóa thư mục data/ để tạo lại.')
  process.exit(1)
})
