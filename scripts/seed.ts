/**
 * `npm run seed`: loads the demo content into the configured database.
 * Idempotent: running it twice leaves the same counts.
 */
import { getPayload } from 'payload'

import config from '@payload-config'
import { seedDemoContent } from '@/seed'

const main = async () => {
  console.log('[seed] Kết nối cơ sở dữ liệu và chạy migration…')
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
