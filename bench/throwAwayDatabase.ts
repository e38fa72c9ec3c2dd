import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/**
 * Points Payload at a new SQLite file and media folder in a temp directory.
 * Call it at the top of a bench, before anything imports the config (which
 * reads these variables once). Returns the directory for the bench's own files.
 */
export const useThrowAwayDatabase = (name: string, env: Record<string, string> = {}): string => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `thidua-bench-${name}-`))
  Object.assign(process.env, { MEDIA_DIR: path.join(dir, 'media'), PAYLOAD_LOG_LEVEL: 'error', SQLITE_PATH: path.join(dir, 'bench.db'), SQLITE_PUSH: 'false' }, env)
  return dir
}

/** Payload on that database, built from the committed migrations (the list production runs). */
export const migratedPayload = async () => {
  const { getPayload } = await import('payload')
  const config = (await import('@payload-config')).default
  const { migrations } = await import('@/migrations')
  const payload = await getPayload({ config })
  // The cast only widens the SQLite-specific migration type to the base adapter's.
  await payload.db.migrate({ migrations: migrations as unknown as NonNullable<Parameters<typeof payload.db.migrate>[0]>['migrations'] })
  return payload
}
