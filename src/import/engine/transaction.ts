import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload'

type SqliteClient = { execute: (sql: string) => Promise<unknown> }

/**
 * Runs a group of writes as one transaction, so a process killed halfway
 * leaves whole records or none.
 *
 * - PostgreSQL (and MongoDB on a replica set): Payload's own transaction,
 *   which every Local API call given `req` joins.
 * - SQLite: Payload's transactions are off here (lib/database/sqlite.ts),
 *   and turning them on costs a libsql connection per transaction that is
 *   never closed (tens of MB each; 2 GB over a 10 000-row import). The
 *   import is the only writer in its process and every Payload call runs on
 *   the one connection, so a plain BEGIN IMMEDIATE … COMMIT around the group
 *   holds all of it, and waits (busy_timeout) for the site's own writers.
 */
export const inTransaction = async <T>({ payload, user, work }: { payload: Payload; user: PayloadRequest['user']; work: (req: PayloadRequest) => Promise<T> }): Promise<T> => {
  const req = await createLocalReq({ context: { disableRevalidate: true }, user: user ?? undefined }, payload)
  if (payload.db.name === 'sqlite') {
    // The adapter's libsql client is not in its public type; it is the connection every query of this process uses.
    const client = (payload.db as unknown as { client: SqliteClient }).client
    await client.execute('BEGIN IMMEDIATE')
    try {
      const result = await work(req)
      await client.execute('COMMIT')
      return result
    } catch (error) {
      await client.execute('ROLLBACK').catch(() => undefined)
      throw error
    }
  }
  await initTransaction(req)
  try {
    const result = await work(req)
    await commitTransaction(req)
    return result
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}
