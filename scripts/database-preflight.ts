import pg from 'pg'

import { databaseKind, describeDatabaseUrl } from '@/lib/database/kind'

const TIMEOUT_MS = 5000

type PgError = Error & { code?: string }

/** What to tell an operator, by what went wrong; never the URL's password. */
const explain = (error: PgError, where: string, user: string): string => {
  switch (error.code) {
    case 'ECONNREFUSED':
      return `Không kết nối được PostgreSQL tại ${where}: không có máy chủ nào nhận kết nối ở cổng này. Kiểm tra máy chủ đã chạy (máy chủ thử nghiệm cục bộ: npm run db:pg -- start) và DATABASE_URI đúng máy, đúng cổng.`
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `Không tìm thấy máy chủ PostgreSQL ${where}: kiểm tra tên máy trong DATABASE_URI và DNS.`
    case '28P01':
    case '28000':
      return `PostgreSQL tại ${where} từ chối đăng nhập của người dùng "${user}": kiểm tra tên người dùng, mật khẩu trong DATABASE_URI và pg_hba.conf của máy chủ.`
    default:
      if (/timeout/i.test(error.message) || error.code === 'ETIMEDOUT') {
        return `PostgreSQL tại ${where} không trả lời sau ${TIMEOUT_MS / 1000} giây: kiểm tra địa chỉ, cổng và tường lửa giữa máy này và máy chủ.`
      }
      return `Không kết nối được PostgreSQL tại ${where}: ${error.message}. Kiểm tra DATABASE_URI và máy chủ.`
  }
}

/**
 * Before anything loads Payload: a PostgreSQL that cannot be reached stops
 * start-up with one clear line naming the host (Payload would log a stack
 * trace and retry). A missing database is fine: Payload creates it.
 */
export const checkDatabaseReachable = async (): Promise<void> => {
  const uri = process.env.DATABASE_URI
  if (!uri || databaseKind(uri) !== 'postgres') return
  const client = new pg.Client({ connectionString: uri, connectionTimeoutMillis: TIMEOUT_MS })
  // A connection that fails after connecting reports here too, instead of crashing the process.
  client.on('error', () => undefined)
  try {
    await client.connect()
  } catch (error) {
    const pgError = error as PgError
    if (pgError.code === '3D000') return
    throw new Error(explain(pgError, describeDatabaseUrl(uri), decodeURIComponent(new URL(uri).username || 'postgres')))
  } finally {
    await client.end().catch(() => undefined)
  }
}
