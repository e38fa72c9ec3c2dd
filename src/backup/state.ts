import type { DatabaseContents } from './manifest'

/** What a database holds, as a backup records and a restore checks it: rows per table, migrations run. */
export type DatabaseState = { migrations: string[]; tables: Record<string, number> }

/** Names each collection's documents by its slug, through the adapter's slug → table map. */
export const withCollections = ({ collectionTables, state }: { collectionTables: Record<string, string>; state: DatabaseState }): DatabaseContents => ({
  ...state,
  collections: Object.fromEntries(Object.entries(collectionTables).map(([slug, table]) => [slug, { documents: state.tables[table] ?? 0, table }])),
})

/** Documents a restore would overwrite: rows in any collection's table but the migration log. */
export const documentsIn = ({ collectionTables, state }: { collectionTables: Record<string, string>; state: DatabaseState }): number =>
  Object.entries(collectionTables).reduce((sum, [slug, table]) => (slug === 'payload-migrations' ? sum : sum + (state.tables[table] ?? 0)), 0)

/** Differences between what the manifest says and what the restored database holds, one line each. */
export const compareStates = ({ actual, expected }: { actual: DatabaseState; expected: DatabaseState }): string[] => {
  const problems: string[] = []
  for (const [table, count] of Object.entries(expected.tables)) {
    const found = actual.tables[table]
    if (found === undefined) problems.push(`bảng ${table} không có sau khi khôi phục (manifest: ${count} dòng)`)
    else if (found !== count) problems.push(`bảng ${table}: ${found} dòng, manifest ghi ${count}`)
  }
  for (const table of Object.keys(actual.tables)) if (!(table in expected.tables)) problems.push(`bảng ${table} có sau khi khôi phục nhưng manifest không ghi`)
  if (actual.migrations.join('\n') !== expected.migrations.join('\n')) problems.push(`migration đã chạy khác manifest (${actual.migrations.length} so với ${expected.migrations.length})`)
  return problems
}
