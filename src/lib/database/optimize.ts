import { sql } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'

type SqlDb = { drizzle: { execute?: (query: ReturnType<typeof sql>) => Promise<unknown>; run?: (query: ReturnType<typeof sql>) => Promise<unknown> }; name: string }

/**
 * Refreshes the query planner's statistics; run at start-up (after a seed or
 * an import the tables have changed most). SQLite plans joins on Payload's
 * localized/relation tables badly until it has them (a feed over 1,000
 * articles: 160 ms without, 25–40 ms with): `PRAGMA optimize` with 0x10002
 * gathers them for every table that needs it, cheaply. PostgreSQL's autovacuum
 * gets there on its own schedule; `ANALYZE` gets there now. MongoDB keeps its
 * own statistics: nothing to do.
 */
export const optimizeDatabase = async (payload: Payload): Promise<boolean> => {
  const db = payload.db as unknown as SqlDb
  if (db.name === 'sqlite' && db.drizzle.run) await db.drizzle.run(sql.raw('PRAGMA optimize=0x10002'))
  else if (db.name === 'postgres' && db.drizzle.execute) await db.drizzle.execute(sql.raw('ANALYZE'))
  else return false
  return true
}
