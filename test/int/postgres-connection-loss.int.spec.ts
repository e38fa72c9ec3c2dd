import type pg from 'pg'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import type { Payload } from 'payload'

import { onPostgres } from '../helpers/database'
import { getTestPayload } from '../helpers/payload'

const SKIP_REASON = 'PostgreSQL only: run with DATABASE_URI=postgres://… (CI does)'
if (!onPostgres) console.info(`[postgres-connection-loss] skipped: ${SKIP_REASON}`)

describe.skipIf(!onPostgres)(`a PostgreSQL connection that dies while checked out (${onPostgres ? 'PostgreSQL' : `skipped: ${SKIP_REASON}`})`, () => {
  let payload: Payload
  beforeAll(async () => {
    payload = await getTestPayload()
  }, 180_000)
  afterAll(() => vi.restoreAllMocks())

  it('is logged and fails its holder, never an uncaught exception (a test database dropped under an open transaction crashed the run)', async () => {
    const pool = (payload.db as unknown as { pool: pg.Pool }).pool
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const held = await pool.connect()
    const { rows } = await held.query<{ pid: number }>('select pg_backend_pid() as pid')
    await pool.query('select pg_terminate_backend($1)', [rows[0].pid])
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(errors.mock.calls.some(([line]) => String(line).includes('a connection in use closed'))).toBe(true)
    await expect(held.query('select 1')).rejects.toThrow()
    held.release(true)
    // The pool carries on with a new connection.
    expect((await pool.query<{ one: number }>('select 1 as one')).rows[0].one).toBe(1)
  })
})
