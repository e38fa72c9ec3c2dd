import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { migrations as postgresMigrations } from '@/migrations/postgres'
import { migrations as sqliteMigrations } from '@/migrations/sqlite'
import { TSX_NODE_FLAGS } from '@scripts/run-command'
import { onPostgres } from '../helpers/database'
import { getTestPayload } from '../helpers/payload'

type DrizzleJson = { tables: Record<string, { columns: Record<string, { name: string }>; name: string }> }
type DrizzleAdapter = {
  drizzle: { execute?: (query: unknown) => Promise<{ rows: Record<string, unknown>[] }> }
  requireDrizzleKit: () => { generateDrizzleJson: (schema: unknown) => Promise<unknown> }
  schema: unknown
}

/** Any well-formed postgres URL selects the adapter; the diff never dials it. */
const SQL_DATABASES = { postgres: 'postgres://migrations@127.0.0.1:1/none', sqlite: undefined } as const
const MIGRATION_SETS = { postgres: postgresMigrations, sqlite: sqliteMigrations } as const

/**
 * Production gets its schema only from the committed migrations, one folder
 * per SQL database. These fail when a collection changed without
 * `npm run migrate:create`, whichever database the suite runs on.
 */
describe('committed migrations match the config', () => {
  it.each(Object.keys(SQL_DATABASES) as (keyof typeof SQL_DATABASES)[])('the newest %s snapshot equals the schema the config builds', (kind) => {
    const { DATABASE_URI: _unused, DATABASE_READ_REPLICAS: _replicas, ...env } = process.env
    const run = spawnSync(process.execPath, [...TSX_NODE_FLAGS, 'scripts/pending-migrations.ts'], {
      encoding: 'utf8',
      env: { ...env, ...(SQL_DATABASES[kind] ? { DATABASE_URI: SQL_DATABASES[kind] } : {}), NODE_ENV: 'test', PAYLOAD_LOG_LEVEL: 'silent' },
      timeout: 120_000,
    })
    expect(run.status, run.stderr).toBe(0)
    const { migrationDir, pending } = JSON.parse(run.stdout.trim().split('\n').at(-1) as string) as { migrationDir: string; pending: string[] }
    expect(migrationDir).toBe(`src/migrations/${kind}`)
    expect(pending, 'schema changed: run `npm run migrate:create -- <name>` and commit both folders').toEqual([])
  }, 150_000)

  it('a database built from the migrations has every table and column the config expects', async () => {
    const payload = await getTestPayload()
    const adapter = payload.db as unknown as DrizzleAdapter
    const expected = (await adapter.requireDrizzleKit().generateDrizzleJson(adapter.schema)) as DrizzleJson
    const { sql } = await import('@payloadcms/db-sqlite')
    const rows = async (query: string): Promise<Record<string, unknown>[]> =>
      onPostgres ? ((await adapter.drizzle.execute?.(sql.raw(query)))?.rows ?? []) : ((await (payload.db as unknown as { drizzle: { all: (q: unknown) => Promise<Record<string, unknown>[]> } }).drizzle.all(sql.raw(query))) ?? [])
    const actual: Record<string, string[]> = {}
    if (onPostgres) {
      for (const row of await rows("SELECT table_name AS t, column_name AS c FROM information_schema.columns WHERE table_schema = 'public'")) {
        ;(actual[String(row.t)] ??= []).push(String(row.c))
      }
    } else {
      for (const table of await rows("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__drizzle%'")) {
        actual[String(table.name)] = (await rows(`pragma table_info("${String(table.name)}")`)).map((c) => String(c.name))
      }
    }
    for (const columns of Object.values(actual)) columns.sort()
    // Compared as sets: SQLite keeps columns added later at the end, and
    // foreign keys added by ALTER look different to drizzle's push diff.
    const wanted = Object.fromEntries(Object.values(expected.tables).map((t) => [t.name, Object.values(t.columns).map((c) => c.name).sort()]))
    expect(actual).toEqual(wanted)
  })

  it.each(Object.keys(MIGRATION_SETS) as (keyof typeof MIGRATION_SETS)[])('every %s migration file is listed in the index production runs', (kind) => {
    const files = fs.readdirSync(path.resolve('src/migrations', kind)).filter((f) => /^\d{8}_\d{6}(_.*)?\.ts$/.test(f)).map((f) => f.replace(/\.ts$/, ''))
    expect(MIGRATION_SETS[kind].map((m) => m.name).sort()).toEqual(files.sort())
  })
})

describe('database statistics', () => {
  it('are gathered by optimizeDatabase (run at start-up): SQLite PRAGMA optimize, PostgreSQL ANALYZE', async () => {
    const { optimizeDatabase } = await import('@/lib/database/optimize')
    const payload = await getTestPayload()
    await payload.create({ collection: 'provinces', data: { code: '98', kind: 'province', name: 'Tỉnh Thống Kê' }, overrideAccess: true })
    expect(await optimizeDatabase(payload)).toBe(true)
    const { sql } = await import('@payloadcms/db-sqlite')
    if (onPostgres) {
      const db = payload.db as unknown as { drizzle: { execute: (q: unknown) => Promise<{ rows: { analyzed: boolean }[] }> } }
      const { rows } = await db.drizzle.execute(sql.raw("SELECT last_analyze IS NOT NULL AS analyzed FROM pg_stat_user_tables WHERE relname = 'provinces'"))
      expect(rows).toEqual([{ analyzed: true }])
    } else {
      const db = payload.db as unknown as { drizzle: { all: (q: unknown) => Promise<unknown[]> } }
      const rows = await db.drizzle.all(sql.raw("SELECT count(*) AS n FROM sqlite_master WHERE name = 'sqlite_stat1'"))
      // Before the first optimize the statistics table does not exist at all.
      expect(JSON.stringify(rows)).toMatch(/^\[(\{"n":1\}|\[1\])\]$/)
    }
  })
})
