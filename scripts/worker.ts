/**
 * `npm run worker`: the one process that runs the job queues when the site
 * runs as several instances (each started with JOBS=off). Payload 3.90 does
 * not lock jobs, so two runners could take the same job; one worker cannot.
 *
 * It runs the same timers a single `npm start` runs (src/jobs/autoRun.ts):
 * scheduled publishing and the default queue every minute, the nightly queue
 * every ten. Cache purges from jobs go to the instances in REVALIDATE_URL.
 */
import { checkDatabaseReachable } from './database-preflight'

// This process is the runner, whatever the instances were told.
process.env.JOBS = 'on'

const main = async () => {
  console.log('[worker] Kết nối cơ sở dữ liệu…')
  await checkDatabaseReachable()
  if (!process.env.REVALIDATE_URL) {
    console.warn('[worker] Chưa đặt REVALIDATE_URL (địa chỉ các máy chủ web, cách nhau bởi dấu phẩy): bài đăng theo lịch sẽ chỉ hiện ra khi bộ đệm trang hết hạn (tối đa 1 giờ).')
  }
  const { getPayload } = await import('payload')
  const config = (await import('@payload-config')).default
  const payload = await getPayload({ config, cron: true })
  console.log(`[worker] Đang chạy hàng đợi: default và lịch đăng bài mỗi phút, nightly mỗi 10 phút${process.env.REVALIDATE_URL ? `; xoá bộ đệm qua ${process.env.REVALIDATE_URL}` : ''}.`)
  // Let a running job finish its step, then leave; a second signal leaves at once.
  const stop = (signal: string) => {
    console.log(`[worker] Nhận ${signal}: dừng bộ hẹn giờ và đóng kết nối.`)
    setTimeout(() => process.exit(0), 10_000).unref()
    void payload.destroy().finally(() => process.exit(0))
  }
  process.once('SIGTERM', () => stop('SIGTERM'))
  process.once('SIGINT', () => stop('SIGINT'))
}

main().catch((error: unknown) => {
  console.error(`[worker] Không khởi động được: ${error instanceof Error ? error.message : String(error)}`)
  console.error('[worker] Kiểm tra DATABASE_URI và PAYLOAD_SECRET (phải giống các máy chủ web).')
  process.exit(1)
})
