import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { type SQLiteSchemaHook, sqliteAdapter } from '@payloadcms/db-sqlite'
import fs from 'node:fs'
import path from 'node:path'
import type { DatabaseAdapterObj } from 'payload'

import { migrations } from '@/migrations'

export type DatabaseKind = 'sqlite' | 'mongodb'

/** Which adapter `DATABASE_URI` selects; anything unknown stops start-up. */
export const databaseKind = (uri = process.env.DATABASE_URI): DatabaseKind => {
  if (!uri) return 'sqlite'
  if (uri.startsWith('mongodb://') || uri.startsWith('mongodb+srv://')) return 'mongodb'
  throw new Error(
    `DATABASE_URI must be unset (embedded SQLite under data/) or a mongodb:// / mongodb+srv:// URI; got "${uri.split('://')[0]}://…". Unset it or fix the value.`,
  )
}

/**
 * Development pushes the schema into its own file so it never meets the
 * production file, which only ever gets its schema from committed migrations.
 */
export const sqliteFilePath = (): string => {
  if (process.env.SQLITE_PATH) return path.resolve(process.env.SQLITE_PATH)
  const name = process.env.NODE_ENV === 'production' ? 'thidua.db' : 'thidua-dev.db'
  return path.resolve('data', name)
}

/**
 * The adapter `DATABASE_URI` selects. Features add what they need of the SQL
 * schema (the search index's extra indexes) through `sqlite.afterSchemaInit`,
 * passed in by payload.config.ts so this room imports no feature.
 */
export const databaseAdapter = ({ sqlite }: { sqlite: { afterSchemaInit: SQLiteSchemaHook[] } }): DatabaseAdapterObj => {
  if (databaseKind() === 'mongodb') {
    // MongoDB needs no schema migrations (collections and indexes are created on
    // connect); src/migrations holds SQL for the embedded database only.
    return mongooseAdapter({ url: process.env.DATABASE_URI as string })
  }
  const file = sqliteFilePath()
  fs.mkdirSync(path.dirname(file), { recursive: true })
  return sqliteAdapter({
    afterSchemaInit: sqlite.afterSchemaInit,
    client: { url: `file:${file}` },
    busyTimeout: 5000,
    migrationDir: path.resolve('src/migrations'),
    prodMigrations: migrations,
    // Dev pushes; production and tests rely on migrations alone.
    push: process.env.NODE_ENV !== 'production' && process.env.SQLITE_PUSH !== 'false',
    wal: true,
  })
}
