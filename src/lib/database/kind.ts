export type DatabaseKind = 'mongodb' | 'postgres' | 'sqlite'

const SCHEMES: Record<string, DatabaseKind> = { 'mongodb+srv:': 'mongodb', 'mongodb:': 'mongodb', 'postgres:': 'postgres', 'postgresql:': 'postgres' }

/** The scheme of a URL, and nothing else of it: messages must never echo a password. */
const schemeOf = (uri: string): string => {
  const scheme = /^([a-z][a-z0-9+.-]{0,19}):\/\//i.exec(uri)?.[1]
  return scheme ? `${scheme}://…` : '(not a URL)'
}

const kindOf = (uri: string): DatabaseKind | undefined => SCHEMES[`${/^([a-z][a-z0-9+.-]*):\/\//i.exec(uri)?.[1]?.toLowerCase()}:`]

/** Which adapter `DATABASE_URI` selects; anything else stops start-up with a message naming the variable. */
export const databaseKind = (uri = process.env.DATABASE_URI): DatabaseKind => {
  if (!uri) return 'sqlite'
  const kind = kindOf(uri)
  if (kind) return kind
  throw new Error(
    `DATABASE_URI must be unset (embedded SQLite under data/), a postgres:// / postgresql:// URL or a mongodb:// / mongodb+srv:// URL; got "${schemeOf(uri)}". Unset it or fix the value.`,
  )
}

/** Where a database URL points, for messages: user, host, port and database, never the password. */
export const describeDatabaseUrl = (uri: string): string => {
  try {
    const url = new URL(uri)
    return `${url.username ? `${decodeURIComponent(url.username)}@` : ''}${url.hostname}${url.port ? `:${url.port}` : ''}${url.pathname === '/' ? '' : url.pathname}`
  } catch {
    return schemeOf(uri)
  }
}

/**
 * `DATABASE_READ_REPLICAS`: comma-separated postgres:// URLs of streaming
 * replicas, or nothing. Processes that migrate (DATABASE_PRIMARY_ONLY=true,
 * set by scripts/prepare-db.ts) read the primary only: Payload looks up which
 * migrations ran with a plain read, and a lagging replica would make it run one twice.
 */
export const readReplicaUrls = (value = process.env.DATABASE_READ_REPLICAS): string[] => {
  if (process.env.DATABASE_PRIMARY_ONLY === 'true') return []
  const urls = (value ?? '').split(',').map((url) => url.trim()).filter(Boolean)
  for (const url of urls) {
    if (kindOf(url) !== 'postgres') throw new Error(`DATABASE_READ_REPLICAS must list postgres:// URLs separated by commas; got "${schemeOf(url)}".`)
  }
  return urls
}
