import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { getTestPayload } from '../helpers/payload'

type DrizzleKit = {
  generateDrizzleJson: (schema: unknown) => Promise<unknown>
  generateMigration: (before: unknown, after: unknown) => Promise<string[]>
}
type SqliteAdapterInternals = {
  client: { execute: (sql: string) => Promise<{ rows: Record<string, unknown>[] }> }
  requireDrizzleKit: () => DrizzleKit
  schema: unknown
}

const MIGRATIONS_DIR = path.resolve('src/migrations')

/**
 * Production SQLite gets its schema only from src/migrations. These fail when
 * a collection changed without `npm run migrate:create`.
 */
describe('committed migrations match the config', () => {
  it('the latest migration snapshot equals the schema the config builds', async () => {
    const payload = await getTestPayload()
    const adapter = payload.db as unknown as SqliteAdapterInternals
    const kit = adapter.requireDrizzleKit()
    const latest = fs.readdirSync(MIGRATIONS_DIR).filter((f) => f.endsWith('.json')).sort().at(-1)
    expect(latest, 'no migration snapshot in src/migrations').toBeTruthy()
    const before = JSON.parse(fs.readFileSync(path.join(MIGRATIONS_DIR, latest as string), 'utf8'))
    const after = await kit.generateDrizzleJson(adapter.schema)
    const pending = await kit.generateMigration(before, after)
    expect(pending, 'schema changed: run `npm run migrate:create` and commit the result').toEqual([])
  })

  it('a database built from the migrations has every table and column the config expects', async () => {
    const payload = await getTestPayload()
    const adapter = payload.db as unknown as SqliteAdapterInternals
    const expected = (await adapter.requireDrizzleKit().generateDrizzleJson(adapter.schema)) as { tables: Record<string, { columns: Record<string, unknown> }> }
    const client = adapter.client
    const actual: Record<string, string[]> = {}
    const tables = await client.execute("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '__drizzle%'")
    for (const row of tables.rows) {
      const name = String(row.name)
      const columns = await client.execute(`pragma table_info("${name}")`)
      actual[name] = columns.rows.map((c) => String(c.name)).sort()
    }
    // Compared as sets: SQLite keeps columns added later at the end, and
    // foreign keys added by ALTER look different to drizzle's push diff.
    const wanted = Object.fromEntries(Object.entries(expected.tables).map(([name, t]) => [name, Object.keys(t.columns).sort()]))
    expect(actual).toEqual(wanted)
  })

  it('every migration file is listed in the index production runs', async () => {
    const { migrations } = await import('@/migrations')
    const files = fs.readdirSync(MIGRATIONS_DIR).filter((f) => /^\d{8}_\d{6}(_.*)?\.ts$/.test(f)).map((f) => f.replace(/\.ts$/, ''))
    expect(migrations.map((m) => m.name).sort()).toEqual(files.sort())
  })
})

describe('database statistics', () => {
  it('are gathered on SQLite by optimizeDatabase (run at start-up)', async () => {
    const { optimizeDatabase } = await import('@/lib/database/optimize')
    const { getTestPayload } = await import('../helpers/payload')
    const payload = await getTestPayload()
    await payload.create({ collection: 'provinces', data: { code: '98', kind: 'province', name: 'Tỉnh Thống Kê' }, overrideAccess: true })
    expect(await optimizeDatabase(payload)).toBe(true)
    const db = payload.db as unknown as { drizzle: { all: (q: unknown) => Promise<unknown[]> } }
    const { sql } = await import('@payloadcms/db-sqlite')
    const rows = await db.drizzle.all(sql.raw("SELECT count(*) AS n FROM sqlite_master WHERE name = 'sqlite_stat1'"))
    // Before the first optimize the statistics table does not exist at all.
    expect(JSON.stringify(rows)).toMatch(/^\[(\{"n":1\}|\[1\])\]$/)
  })
})
