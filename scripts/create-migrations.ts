/**
 * `npm run migrate:create -- <name>`: after a schema change, writes the
 * migration for every SQL database the project runs on, each into its own
 * folder (src/migrations/sqlite, src/migrations/postgres). Neither needs a
 * running server: Payload diffs the config's schema against the last
 * committed snapshot. Commit both; test/int/migrations.int.spec.ts fails when
 * either is out of step with the config.
 */
import fs from 'node:fs'
import path from 'node:path'

import { runCommand } from './run-command'

const SQLITE_DIR = 'src/migrations/sqlite'

/**
 * drizzle-kit writes a column added to an existing SQLite table as
 * `ADD col integer REFERENCES users(id)` without the `ON DELETE set null`
 * that the schema (and every CREATE TABLE) declares, so deleting the
 * referenced row would fail on a foreign key. Add it back.
 */
const restoreOnDelete = (name: string) => {
  for (const file of fs.readdirSync(SQLITE_DIR).filter((f) => f.endsWith(`_${name}.ts`))) {
    const full = path.join(SQLITE_DIR, file)
    const text = fs.readFileSync(full, 'utf8')
    const fixed = text.replace(/(ADD \\`\w+\\` integer REFERENCES \w+\(id\));`\)/g, '$1 ON DELETE set null;`)')
    if (fixed !== text) {
      fs.writeFileSync(full, fixed)
      console.log(`[migrate] SQLite: ${file}: "ON DELETE set null" added to the new foreign keys.`)
    }
  }
}

const PAYLOAD_BIN = 'node_modules/payload/bin.js'
// Any well-formed postgres URL selects the adapter; migrate:create never dials it.
const POSTGRES_FOR_DIFF = 'postgres://migrations@127.0.0.1:1/none'

const main = async () => {
  const name = process.argv[2]
  if (!name || !/^[a-z0-9_]+$/.test(name)) {
    console.error('[migrate] Cần tên migration: npm run migrate:create -- ten_thay_doi (chữ thường, số, gạch dưới).')
    process.exit(2)
  }
  const { DATABASE_URI: _ignored, DATABASE_READ_REPLICAS: _replicas, ...env } = process.env
  const common = { ...env, NODE_OPTIONS: '--conditions=production' }
  for (const [label, extra] of [['SQLite', {}], ['PostgreSQL', { DATABASE_URI: POSTGRES_FOR_DIFF }]] as const) {
    console.log(`[migrate] ${label}: so sánh cấu hình với migration gần nhất…`)
    await runCommand(process.execPath, [PAYLOAD_BIN, 'migrate:create', '--skip-empty=true', name], { ...common, ...extra })
  }
  restoreOnDelete(name)
  console.log('[migrate] Xong: kiểm tra và commit src/migrations/sqlite và src/migrations/postgres.')
}

main().catch((error: unknown) => {
  console.error(`[migrate] Thất bại: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
