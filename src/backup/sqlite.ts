import fs from 'node:fs'

import { createClient, type Client } from '@libsql/client'

import type { DatabaseState } from './state'

/** The SQLite build Payload's adapter uses (libsql), so the file is read exactly as the site reads it. */
const open = (file: string): Client => createClient({ url: `file:${file}` })

const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`

const stateOf = async (client: Client): Promise<DatabaseState> => {
  const { rows } = await client.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name")
  const tables: Record<string, number> = {}
  for (const { name } of rows) tables[String(name)] = Number((await client.execute(`SELECT count(*) AS n FROM ${quote(String(name))}`)).rows[0].n)
  const migrations = 'payload_migrations' in tables ? (await client.execute('SELECT name FROM payload_migrations ORDER BY id')).rows.map((row) => String(row.name)) : []
  return { migrations, tables }
}

/** Row counts and migrations of a SQLite file; a file that does not exist is an empty database. */
export const inspectSqlite = async (file: string): Promise<DatabaseState> => {
  if (!fs.existsSync(file)) return { migrations: [], tables: {} }
  const client = open(file)
  try {
    return await stateOf(client)
  } finally {
    client.close()
  }
}

/**
 * A consistent copy of the live file while the site keeps writing: VACUUM
 * INTO reads inside one read transaction, and in WAL mode readers never
 * block writers (nor wait for them, apart from a checkpoint's instant).
 */
export const snapshotSqlite = async ({ dest, source }: { dest: string; source: string }): Promise<DatabaseState> => {
  if (!fs.existsSync(source)) throw new Error(`Không thấy cơ sở dữ liệu SQLite tại ${source}. Kiểm tra SQLITE_PATH (và NODE_ENV: bản production dùng data/thidua.db).`)
  const client = open(source)
  try {
    await client.execute('PRAGMA busy_timeout = 10000')
    await client.execute({ args: [dest], sql: 'VACUUM INTO ?' })
  } finally {
    client.close()
  }
  return inspectSqlite(dest)
}

/**
 * Puts a restored file in place of the target. The old write-ahead log and
 * shared-memory index go first: left beside the new file, SQLite would replay
 * the old database's pages into it.
 */
export const replaceSqliteFile = async ({ staged, target }: { staged: string; target: string }): Promise<void> => {
  for (const suffix of ['-wal', '-shm', '-journal']) await fs.promises.rm(`${target}${suffix}`, { force: true })
  await fs.promises.rename(staged, target)
}
