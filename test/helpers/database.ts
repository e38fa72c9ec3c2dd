import { createDatabase, databaseUrl, dropDatabase, throwAwayName } from '@scripts/postgres-databases'

/**
 * Each test file's own throw-away PostgreSQL database, when the suite runs
 * on PostgreSQL (`DATABASE_URI=postgres://… npm test`): named here, created
 * before Payload first connects (getTestPayload), dropped after the file (env.ts).
 */
const server = process.env.DATABASE_URI

export const onPostgres = Boolean(server && /^postgres(ql)?:\/\//.test(server))

export const testDatabaseName = throwAwayName('thidua_test')

export const testDatabaseUrl = onPostgres ? databaseUrl(server as string, testDatabaseName) : undefined

let created = false

export const createTestDatabase = async (): Promise<void> => {
  if (!onPostgres || created) return
  await createDatabase(server as string, testDatabaseName)
  created = true
}

export const dropTestDatabase = async (): Promise<void> => {
  if (!created) return
  created = false
  await dropDatabase(server as string, testDatabaseName)
}

/** This file's database on another server of the cluster: a streaming replica holds every database of its primary. */
export const onServer = (serverUrl: string): string => databaseUrl(serverUrl, testDatabaseName)
