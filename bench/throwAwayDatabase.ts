import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createDatabase, databaseUrl, throwAwayName } from '@scripts/postgres-databases'

/**
 * Points Payload at a new database and media folder: a SQLite file in a temp
 * directory, or with DATABASE_URI=postgres://… a new database on that server
 * (dropped by the next `npm run db:pg -- destroy`, or by hand). Call it at the
 * top of a bench, before anything imports the config (which reads these
 * variables once). Returns the directory for the bench's own files.
 */
export const useThrowAwayDatabase = async (name: string, env: Record<string, string> = {}): Promise<string> => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `thidua-bench-${name}-`))
  Object.assign(process.env, { DATABASE_PUSH: 'false', MEDIA_DIR: path.join(dir, 'media'), PAYLOAD_LOG_LEVEL: 'error' }, env)
  const server = process.env.DATABASE_URI
  if (server && /^postgres(ql)?:\/\//.test(server)) {
    const database = throwAwayName(`thidua_bench_${name.replace(/\W/g, '_')}`)
    await createDatabase(server, database)
    process.env.DATABASE_URI = databaseUrl(server, database)
    delete process.env.DATABASE_READ_REPLICAS
    console.log(`[bench] PostgreSQL database ${database}`)
  } else {
    process.env.SQLITE_PATH = path.join(dir, 'bench.db')
  }
  return dir
}

/** Payload on that database, built from the committed migrations (the list production runs). */
export const migratedPayload = async () => {
  const { getPayload } = await import('payload')
  const config = (await import('@payload-config')).default
  const { committedMigrations } = await import('@/lib/database/migrations')
  const payload = await getPayload({ config })
  await payload.db.migrate({ migrations: committedMigrations() })
  return payload
}
