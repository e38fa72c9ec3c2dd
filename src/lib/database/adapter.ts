import { mongooseAdapter } from '@payloadcms/db-mongodb'
import type { SQLiteSchemaHook } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import { databaseKind } from './kind'
import { postgresDatabase, type PostgresSchemaHook } from './postgres'
import { sqliteDatabase } from './sqlite'

type SchemaHooks = {
  postgres: { afterSchemaInit: PostgresSchemaHook[]; extensions: string[] }
  sqlite: { afterSchemaInit: SQLiteSchemaHook[] }
}

/**
 * The adapter `DATABASE_URI` selects: unset → embedded SQLite, postgres:// →
 * PostgreSQL (+ DATABASE_READ_REPLICAS), mongodb:// → MongoDB. Features add
 * what they need of the SQL schema (the search index's extra indexes) through
 * the hooks payload.config.ts passes in, so this room imports no feature.
 * Development pushes the schema (DATABASE_PUSH=false turns that off, as the
 * tests do); production and tests build it from the committed migrations.
 */
export const databaseAdapter = (hooks: SchemaHooks): DatabaseAdapterObj => {
  const push = process.env.NODE_ENV !== 'production' && process.env.DATABASE_PUSH !== 'false'
  const kind = databaseKind()
  if (kind === 'postgres') return postgresDatabase({ ...hooks.postgres, push, url: process.env.DATABASE_URI as string })
  // MongoDB needs no schema migrations: collections and indexes are created on connect.
  if (kind === 'mongodb') return mongooseAdapter({ url: process.env.DATABASE_URI as string })
  return sqliteDatabase({ ...hooks.sqlite, push })
}
