import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

/** The PostgreSQL adapter, or null on SQLite and MongoDB. */
export const postgresAdapterOf = (payload: Payload): PostgresAdapter | null =>
  payload.db.name === 'postgres' ? (payload.db as unknown as PostgresAdapter) : null

/**
 * Where a hand-written read goes, by the rule Payload's own reads follow: a
 * read replica when replicas are configured (drizzle's replica wrapper sends
 * `select` there), but the primary within the adapter's read-after-write
 * window (2 s) of this process's last write, so a page rebuilt right after a
 * publish never caches what a lagging replica still lacks.
 */
export const postgresReader = (adapter: PostgresAdapter): PostgresAdapter['drizzle'] => {
  const { lastWriteTimestamp, primaryDrizzle, readReplicasAfterWriteInterval } = adapter
  const justWrote = lastWriteTimestamp !== undefined && Date.now() - lastWriteTimestamp < readReplicasAfterWriteInterval
  return justWrote && primaryDrizzle ? primaryDrizzle : adapter.drizzle
}
