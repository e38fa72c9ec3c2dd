import { postgresAdapter, type PostgresAdapterArgs } from '@payloadcms/db-postgres'
import path from 'node:path'
import pg from 'pg'
import type { DatabaseAdapterObj } from 'payload'

import { migrations } from '@/migrations/postgres'
import { describeDatabaseUrl, readReplicaUrls } from './kind'

/** What features add to the schema (db-postgres does not export the type by name). */
export type PostgresSchemaHook = NonNullable<PostgresAdapterArgs['afterSchemaInit']>[number]

export const POSTGRES_MIGRATION_DIR = path.resolve('src/migrations/postgres')

/**
 * node-postgres with one change: every pool listens for errors. A pool emits
 * one when an idle connection dies (the server restarts, fails over, or drops
 * the database); unheard, Node treats it as a crash. Heard, the pool opens a
 * new connection on next use and the site carries on.
 */
class ResilientPool extends pg.Pool {
  constructor(options?: pg.PoolConfig) {
    super(options)
    const where = describeDatabaseUrl(options?.connectionString ?? '')
    this.on('error', (error: Error & { code?: string }) => console.error(`[db] PostgreSQL ${where}: an idle connection closed (${error.code ?? error.message}); it will be reopened when needed.`))
    // A connection checked out between two queries (inside a transaction) has no pool listener:
    // its death would be an uncaught exception. Heard, the holder's next query fails instead.
    this.on('connect', (client) =>
      client.on('error', (error: Error & { code?: string }) => {
        if (client.listenerCount('error') === 1) console.error(`[db] PostgreSQL ${where}: a connection in use closed (${error.code ?? error.message}); its work fails and the pool opens another.`)
      }),
    )
  }
}
const resilientPg = { ...pg, Pool: ResilientPool } as unknown as typeof pg

/**
 * PostgreSQL, optionally with streaming read replicas. Payload sends reads to
 * a replica and writes (and every read inside a write's transaction, and any
 * read within 2 s of a write in this process) to the primary.
 *
 * Migrations run where the primary alone is read (scripts/prepare-db.ts, the
 * CLI): with replicas configured a server leaves them alone, because Payload
 * checks which migrations ran with a plain read that could hit a lagging replica.
 */
export const postgresDatabase = ({ afterSchemaInit, extensions, push, url }: { afterSchemaInit: PostgresSchemaHook[]; extensions: string[]; push: boolean; url: string }): DatabaseAdapterObj => {
  const replicas = readReplicaUrls()
  return postgresAdapter({
    afterSchemaInit,
    extensions,
    migrationDir: POSTGRES_MIGRATION_DIR,
    pg: resilientPg,
    pool: { connectionString: url },
    prodMigrations: replicas.length ? undefined : migrations,
    push,
    // An empty list would send every read to no replica at all: omit it instead.
    readReplicas: replicas.length ? replicas : undefined,
  })
}
