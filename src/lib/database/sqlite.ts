import { type SQLiteSchemaHook, sqliteAdapter } from '@payloadcms/db-sqlite'
import fs from 'node:fs'
import path from 'node:path'
import type { DatabaseAdapterObj } from 'payload'

import { migrations } from '@/migrations/sqlite'

export const SQLITE_MIGRATION_DIR = path.resolve('src/migrations/sqlite')

/**
 * Development pushes the schema into its own file so it never meets the
 * production file, which only ever gets its schema from committed migrations.
 */
export const sqliteFilePath = (): string => {
  if (process.env.SQLITE_PATH) return path.resolve(process.env.SQLITE_PATH)
  const name = process.env.NODE_ENV === 'production' ? 'thidua.db' : 'thidua-dev.db'
  return path.resolve('data', name)
}

/** The embedded database: one file under data/, WAL, schema from src/migrations/sqlite in production. */
export const sqliteDatabase = ({ afterSchemaInit, push }: { afterSchemaInit: SQLiteSchemaHook[]; push: boolean }): DatabaseAdapterObj => {
  const file = sqliteFilePath()
  fs.mkdirSync(path.dirname(file), { recursive: true })
  return sqliteAdapter({
    afterSchemaInit,
    busyTimeout: 5000,
    client: { url: `file:${file}` },
    migrationDir: SQLITE_MIGRATION_DIR,
    prodMigrations: migrations,
    push,
    wal: true,
  })
}
