/**
 * `npm run s3:local`: an S3-compatible server on this machine for trying
 * shared storage without a cloud account (objects kept under data/s3 by
 * default). Prints the environment to give the site, runs until Ctrl-C.
 * Options through the environment: S3_LOCAL_PORT (4568), S3_LOCAL_DIR
 * (data/s3), S3_BUCKET (thidua), S3_ACCESS_KEY_ID / S3_SECRET_ACCESS_KEY
 * (S3RVER / S3RVER).
 */
import path from 'node:path'

import { S3RVER_DEFAULT_KEY, startS3Server } from './lib/s3Server'

const main = async () => {
  const bucket = process.env.S3_BUCKET || 'thidua'
  const directory = path.resolve(process.env.S3_LOCAL_DIR || path.join('data', 's3'))
  const accessKeyId = process.env.S3_ACCESS_KEY_ID || S3RVER_DEFAULT_KEY
  const secretAccessKey = process.env.S3_SECRET_ACCESS_KEY || S3RVER_DEFAULT_KEY
  const port = Number(process.env.S3_LOCAL_PORT || 4568)
  const server = await startS3Server({ accessKeyId, bucket, directory, port, secretAccessKey })
  console.log(`[s3:local] Máy chủ S3 cục bộ chạy tại ${server.endpoint}, dữ liệu trong ${directory}.`)
  console.log('[s3:local] Đặt các biến môi trường sau cho trang (npm start / npm run dev):')
  console.log(`S3_ENDPOINT=${server.endpoint}\nS3_BUCKET=${bucket}\nS3_ACCESS_KEY_ID=${accessKeyId}\nS3_SECRET_ACCESS_KEY=${secretAccessKey}\nS3_FORCE_PATH_STYLE=true`)
  console.log('[s3:local] Nhấn Ctrl-C để dừng.')
  const stop = async () => {
    await server.close()
    console.log('[s3:local] Đã dừng.')
    process.exit(0)
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

main().catch((error: unknown) => {
  const code = (error as NodeJS.ErrnoException).code
  console.error(code === 'EADDRINUSE' ? `[s3:local] Cổng đang bận: đặt S3_LOCAL_PORT khác.` : `[s3:local] Thất bại: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
