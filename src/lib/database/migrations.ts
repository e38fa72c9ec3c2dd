import type { Payload } from 'payload'

import { migrations as postgresMigrations } from '@/migrations/postgres'
import { migrations as sqliteMigrations } from '@/migrations/sqlite'
import { databaseKind } from './kind'

type Migrations = NonNullable<Parameters<Payload['db']['migrate']>[0]>['migrations']

/**
 * The committed migrations for the database `DATABASE_URI` selects, as
 * production runs them (tests and benches build their databases from these).
 * MongoDB has none: it creates collections and indexes on connect. The casts
 * only widen each adapter's own migration type to the base adapter's.
 */
export const committedMigrations = (): Migrations => {
  const kind = databaseKind()
  if (kind === 'postgres') return postgresMigrations as unknown as Migrations
  if (kind === 'sqlite') return sqliteMigrations as unknown as Migrations
  return []
}
