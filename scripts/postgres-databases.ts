import pg from 'pg'

/**
 * Whole databases on a PostgreSQL server, for tests and benches that each
 * want a throw-away one: created empty, dropped with their connections
 * (Payload never releases its pool, so a drop must force them closed).
 */
export const databaseUrl = (serverUrl: string, name: string): string => {
  const url = new URL(serverUrl)
  url.pathname = `/${name}`
  return url.toString()
}

/** A name no other run will take: `<prefix>_<pid>_<random>`, lower case as PostgreSQL folds it. */
export const throwAwayName = (prefix: string): string => `${prefix}_${process.pid}_${Math.random().toString(36).slice(2, 10)}`

const onMaintenanceDb = async <T>(serverUrl: string, run: (client: pg.Client) => Promise<T>): Promise<T> => {
  const client = new pg.Client({ connectionString: databaseUrl(serverUrl, 'postgres') })
  await client.connect()
  try {
    return await run(client)
  } finally {
    await client.end()
  }
}

export const createDatabase = (serverUrl: string, name: string): Promise<unknown> => onMaintenanceDb(serverUrl, (client) => client.query(`CREATE DATABASE "${name}"`))

export const dropDatabase = (serverUrl: string, name: string): Promise<unknown> => onMaintenanceDb(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`))
