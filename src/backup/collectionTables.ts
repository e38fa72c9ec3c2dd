/**
 * Each collection's table, by slug, as the SQL adapter names it (a collection
 * may set its own dbName). Payload is loaded without connecting: the backup
 * reads the database with its own connection and must never migrate it.
 */
export const collectionTables = async (): Promise<Record<string, string>> => {
  const { getPayload } = await import('payload')
  const { payloadConfig } = await import('@/lib/server/payload')
  const payload = await getPayload({ config: payloadConfig, disableDBConnect: true, disableOnInit: true })
  const tableNameMap = (payload.db as unknown as { tableNameMap: Map<string, string> }).tableNameMap
  // The map's keys are the slugs in snake case; ours are kebab case, where that is one replace.
  const snakeCase = (slug: string) => slug.replace(/-/g, '_')
  return Object.fromEntries(payload.config.collections.map(({ slug }) => [slug, tableNameMap.get(snakeCase(slug)) ?? snakeCase(slug)]))
}
