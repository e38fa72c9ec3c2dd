import { randomUUID } from 'node:crypto'

import type { RedisClient } from './redis'
import { redisKey } from './redis'

/**
 * The Redis half of dailyCounter. Counts live in one hash per counter and
 * day (field = [target, field] as JSON), and a set lists the days that have
 * counts. A flush takes a day's hash whole (RENAME, in one script, so no
 * increment falls between reading and clearing), writes it target by
 * target, forgetting each target's counts once its row is written, then
 * drops it. A flush that stops midway leaves the taken hash listed; the next
 * flush writes what is left of it first. So a count is written once, except
 * if the worker dies in the instant between a row's commit and the HDEL
 * (that target's counts are then written twice).
 * One flush at a time across all processes (a lock with a 5-minute lease):
 * nobody else can create the same day's row meanwhile.
 */
const LOCK_MS = 5 * 60_000

const keys = (name: string) => {
  const base = redisKey('counter', name)
  return { days: `${base}:days`, day: (day: string) => `${base}:day:${day}`, lock: `${base}:lock`, taken: `${base}:taken`, takenFor: (day: string) => `${base}:taken:${day}:${randomUUID()}` }
}

// KEYS: day hash, its new name, days set, taken set. ARGV: the day.
const TAKE_DAY = `redis.call('SREM', KEYS[3], ARGV[1])
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
redis.call('RENAME', KEYS[1], KEYS[2])
redis.call('SADD', KEYS[4], KEYS[2])
return 1`

// Releases the lock only if it is still ours (a lease that ran out may belong to another flush now).
const RELEASE_LOCK = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`

export type Drained = { counts: Record<string, number>; day: string; target: Record<string, number | string> }

export const addPendingToRedis = async ({ client, name, rows }: { client: RedisClient; name: string; rows: Drained[] }): Promise<void> => {
  if (rows.length === 0) return
  const k = keys(name)
  const batch = client.multi()
  for (const { counts, day, target } of rows) {
    for (const [field, by] of Object.entries(counts)) if (by) batch.hIncrBy(k.day(day), JSON.stringify([target, field]), by)
    batch.sAdd(k.days, day)
  }
  await batch.exec()
}

const writeTaken = async ({ client, taken, takenKey, write }: { client: RedisClient; taken: string; takenKey: string; write: (row: Drained) => Promise<void> }) => {
  const day = taken.split(':').at(-2) as string
  const byTarget = new Map<string, Drained & { fields: string[] }>()
  for (const [hashField, value] of Object.entries(await client.hGetAll(taken))) {
    const [target, field] = JSON.parse(hashField) as [Drained['target'], string]
    const id = JSON.stringify(target)
    const row = byTarget.get(id) ?? { counts: {}, day, fields: [], target }
    row.counts[field] = (row.counts[field] ?? 0) + Number(value)
    row.fields.push(hashField)
    byTarget.set(id, row)
  }
  for (const { fields, ...row } of byTarget.values()) {
    await write(row)
    await client.hDel(taken, fields)
  }
  await client.multi().del(taken).sRem(takenKey, taken).exec()
}

/** Writes every count held in Redis through `write`, unless another process is flushing this counter right now. */
export const drainRedis = async ({ client, name, write }: { client: RedisClient; name: string; write: (row: Drained) => Promise<void> }): Promise<void> => {
  const k = keys(name)
  const token = randomUUID()
  if ((await client.set(k.lock, token, { NX: true, PX: LOCK_MS })) !== 'OK') return
  try {
    // Left by a flush that stopped midway: with the lock held, nobody else is writing them.
    for (const taken of await client.sMembers(k.taken)) await writeTaken({ client, taken, takenKey: k.taken, write })
    for (const day of await client.sMembers(k.days)) {
      const taken = k.takenFor(day)
      if ((await client.eval(TAKE_DAY, { arguments: [day], keys: [k.day(day), taken, k.days, k.taken] })) === 1) await writeTaken({ client, taken, takenKey: k.taken, write })
    }
  } finally {
    await client.eval(RELEASE_LOCK, { arguments: [token], keys: [k.lock] }).catch(() => undefined)
  }
}
