/**
 * Prints, as JSON, the SQL statements a new migration would hold for the
 * database DATABASE_URI selects (unset: SQLite; postgres://…: PostgreSQL):
 * the config's schema diffed against the newest committed snapshot. `[]` means
 * the committed migrations are in step. Never connects to a database (any
 * well-formed postgres URL will do). test/int/migrations.int.spec.ts runs it
 * for both SQL databases; a non-empty answer means `npm run migrate:create`.
 */
import fs from 'node:fs'
import path from 'node:path'

import { getPayload } from 'payload'

import config from '@payload-config'

type DrizzleAdapter = {
  migrationDir: string
  requireDrizzleKit: () => { generateDrizzleJson: (schema: unknown) => Promise<unknown>; generateMigration: (before: unknown, after: unknown) => Promise<string[]> }
  schema: unknown
}

const main = async () => {
  const payload = await getPayload({ config, disableDBConnect: true, disableOnInit: true })
  // The drizzle internals migrate:create itself uses; the cast names the few it needs.
  const db = payload.db as unknown as DrizzleAdapter
  const kit = db.requireDrizzleKit()
  const latest = fs.readdirSync(db.migrationDir).filter((f) => f.endsWith('.json')).sort().at(-1)
  if (!latest) throw new Error(`no migration snapshot in ${path.relative(process.cwd(), db.migrationDir)}`)
  const before = JSON.parse(fs.readFileSync(path.join(db.migrationDir, latest), 'utf8'))
  const pending = await kit.generateMigration(before, await kit.generateDrizzleJson(db.schema))
  process.stdout.write(`${JSON.stringify({ migrationDir: path.relative(process.cwd(), db.migrationDir), pending, snapshot: latest })}\n`)
  process.exit(0)
}

main().catch((error: unknown) => {
  console.error(`[migrate] ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
