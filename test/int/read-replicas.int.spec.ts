import pg from 'pg'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { databaseUrl } from '@scripts/postgres-databases'
import { createTestDatabase, onServer, testDatabaseName, testDatabaseUrl } from '../helpers/database'

/**
 * With a primary and a streaming replica (CI starts both with
 * scripts/postgres-local.sh; env.ts keeps the replica's URL in
 * TEST_READ_REPLICAS), Payload reads from the replica and writes to the
 * primary. Pausing the replica's replay makes that visible: what was just
 * published on the primary is not there yet for readers, without any error,
 * and appears once the replica replays it. Drafts never appear.
 */
const replicaServer = process.env.TEST_READ_REPLICAS?.split(',')[0]?.trim()
const replicaUrl = replicaServer ? onServer(replicaServer) : undefined

// Payload sends reads to the primary for 2 s after this process writes (readReplicasAfterWriteInterval).
const AFTER_WRITE_WINDOW_MS = 2_200

const query = async (url: string, sql: string, params: unknown[] = []) => {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query(sql, params)).rows
  } finally {
    await client.end()
  }
}
const onPrimary = (sql: string, params?: unknown[]) => query(testDatabaseUrl as string, sql, params)
const onReplica = (sql: string, params?: unknown[]) => query(replicaUrl as string, sql, params)
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Polls until `check` holds, for at most `ms`; returns how long it took. */
const within = async (ms: number, check: () => Promise<boolean>): Promise<number> => {
  const started = Date.now()
  while (!(await check())) {
    if (Date.now() - started > ms) throw new Error(`not within ${ms} ms`)
    await sleep(50)
  }
  return Date.now() - started
}

let payload: Payload
// As a reader: anonymous, access control applied, published only.
const readerFind = (slug: string) => payload.find({ collection: 'exemplars', depth: 0, overrideAccess: false, select: { name: true, slug: true }, where: { slug: { equals: slug } } })

const SKIP_REASON = 'needs DATABASE_URI=postgres://… and DATABASE_READ_REPLICAS with a streaming replica (scripts/postgres-local.sh start --replica)'
if (!replicaUrl) console.info(`[read-replicas] skipped: ${SKIP_REASON}`)

describe.skipIf(!replicaUrl)(`read replicas (${replicaUrl ? 'primary + streaming replica' : `skipped: ${SKIP_REASON}`})`, () => {
  beforeAll(async () => {
    await createTestDatabase()
    // The replica learns of the new database by replaying the primary's log.
    await within(10_000, async () => (await query(databaseUrl(replicaServer as string, 'postgres'), 'SELECT 1 FROM pg_database WHERE datname = $1', [testDatabaseName])).length === 1)
    // Before the config loads: it builds the adapter (and its replica pools) once.
    process.env.DATABASE_READ_REPLICAS = replicaUrl
    const { getTestPayload } = await import('../helpers/payload')
    payload = await getTestPayload()
    await within(10_000, async () => (await onReplica("SELECT to_regclass('public.exemplars') IS NOT NULL AS ready"))[0].ready === true)
  }, 180_000)

  afterAll(async () => {
    if (replicaUrl) await onReplica('SELECT pg_wal_replay_resume()').catch(() => undefined)
  })

  it('reads from the replica and writes to the primary: a lagging replica gives readers the older state, never an error, and the new one once replayed', async () => {
    expect((await onReplica('SELECT pg_is_in_recovery() AS replica'))[0].replica).toBe(true)
    await onReplica('SELECT pg_wal_replay_pause()')
    try {
      const published = await payload.create({ collection: 'exemplars', data: { _status: 'published', kind: 'individual', name: 'Người vừa công bố', stage: 'nurtured' }, overrideAccess: true })
      // Right after its own write this process reads the primary: editors see what they saved.
      expect((await readerFind(published.slug as string)).docs.map((d) => d.id)).toEqual([published.id])
      await sleep(AFTER_WRITE_WINDOW_MS)
      // The write is on the primary…
      expect(await onPrimary('SELECT id FROM exemplars WHERE slug = $1', [published.slug])).toHaveLength(1)
      // …readers read the paused replica: not there yet, and no error.
      expect((await readerFind(published.slug as string)).docs).toEqual([])
      await onReplica('SELECT pg_wal_replay_resume()')
      const lag = await within(5_000, async () => (await readerFind(published.slug as string)).docs.length === 1)
      console.info(`[read-replicas] published on the primary; visible to readers ${lag} ms after the replica resumed replay`)
      expect(lag).toBeLessThan(5_000)
    } finally {
      await onReplica('SELECT pg_wal_replay_resume()')
    }
  }, 60_000)

  it('never shows a draft through the replica, before or after it has replayed the draft', async () => {
    const doc = await payload.create({ collection: 'exemplars', data: { _status: 'published', kind: 'collective', name: 'Tập thể đã công bố', stage: 'discovered' }, overrideAccess: true })
    await payload.update({ collection: 'exemplars', data: { name: 'BẢN NHÁP CHƯA DUYỆT' }, draft: true, id: doc.id, overrideAccess: true })
    const hidden = await payload.create({ collection: 'exemplars', data: { _status: 'draft', kind: 'individual', name: 'Chỉ là bản nháp', stage: 'discovered' }, draft: true, overrideAccess: true })
    await sleep(AFTER_WRITE_WINDOW_MS)
    // Wait until the replica holds everything written so far, then read as the public does.
    await within(5_000, async () => (await onReplica('SELECT count(*)::int AS n FROM _exemplars_v WHERE parent_id IN ($1, $2)', [doc.id, hidden.id]))[0].n >= 3)
    const { docs } = await payload.find({ collection: 'exemplars', depth: 0, overrideAccess: false, select: { name: true }, where: { id: { in: [doc.id, hidden.id] } } })
    expect(docs).toEqual([{ id: doc.id, name: 'Tập thể đã công bố' }])
  }, 60_000)
})
