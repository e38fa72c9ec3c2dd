/**
 * Brings the database up to date (Payload runs the committed migrations on
 * start in production), indexes search entries older than the search index
 * and the award register's folded names (each a no-op once done; it works for SQLite and MongoDB alike, which is why it
 * lives here rather than in a migration) and seeds demo content into an empty
 * database unless SEED_DEMO=false; on SQLite, refreshes the query planner's
 * statistics.
 */
import { getPayload } from 'payload'

import config from '@payload-config'
import { optimizeDatabase } from '@/lib/database/optimize'
import { backfillAwardFolded } from '@/collections/Awards/backfill'
import { backfillSearchTokens } from '@/search/backfill'
import { seedDemoContent } from '@/seed'

const main = async () => {
  const payload = await getPayload({ config })
  const indexed = await backfillSearchTokens({ payload })
  if (indexed > 0) console.log(`[db] Chỉ mục tìm kiếm: đã lập chỉ mục từ khóa cho ${indexed} mục cũ.`)
  const folded = await backfillAwardFolded({ payload })
  if (folded > 0) console.log(`[db] Sổ khen thưởng: đã lập bản tra cứu không dấu cho ${folded} quyết định cũ.`)
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
  if (await optimizeDatabase(payload)) console.log('[db] SQLite: đã cập nhật thống kê cho bộ lập kế hoạch truy vấn (PRAGMA optimize).')
  process.exit(0)
}

main().catch((error: unknown) => {
  console.error(`[db] Lỗi: ${error instanceof Error ? error.message : String(error)}`)
  console.error('[db] Kiểm tra DATABASE_URI; với CSDL nhúng có thể xóa thư mục data/ để tạo lại.')
  process.exit(1)
})
