import type { CollectionSlug, Payload, Where } from 'payload'

import { vietnamDay } from '@/lib/dates/format'
import { noteRedisFailure, readyRedis, type RedisClient } from './redis'
import { addPendingToRedis, drainRedis, type Drained } from './dailyCounterRedis'
import { runningPayload } from './runningPayload'

const RETRY_EVERY_MS = 15_000

type Target = Record<string, number | string>
export type PendingRow<T extends Target, Field extends string> = { counts: Record<Field, number>; day: string; target: T }

type CounterSpec<T extends Target, Field extends string> = {
  collection: CollectionSlug
  fields: readonly Field[]
  /** Identifies the counter's keys in Redis. */
  name: string
  /** The fields a new row starts with, besides the counts. */
  rowOf: (target: T, day: string) => Record<string, unknown>
  /** Finds the one row of a target and day. */
  whereOf: (target: T, day: string) => Where
}

/** Every counter this process defined: the flush task writes them all. */
const counters = new Map<string, { flush: (payload: Payload) => Promise<void> }>()

/**
 * Counts per target and Vietnamese calendar day (partner API usage, training
 * downloads). A request never waits on the database.
 *
 * Without REDIS_URL (one instance): counts wait in memory and this process
 * adds them to their row every 15 s (at most the last 15 s are lost if it dies).
 *
 * With REDIS_URL (several instances): each count is an atomic HINCRBY in
 * Redis, and only the flushDailyCounters job (one worker, every minute) turns
 * them into rows, so two instances can neither lose each other's counts nor
 * both create a day's row. While Redis is unreachable counts wait in this
 * process's memory and are pushed to Redis when it is back (lost only if the
 * process stops before then).
 */
export const dailyCounter = <T extends Target, Field extends string>(spec: CounterSpec<T, Field>) => {
  let pending = new Map<string, PendingRow<T, Field>>()
  let timer: NodeJS.Timeout | null = null

  /** Adds to the day's row: an atomic increment of an existing row, else a new row. */
  const writeRow = async (payload: Payload, { counts, day, target }: PendingRow<T, Field>): Promise<void> => {
    const increments = Object.fromEntries(spec.fields.filter((f) => counts[f]).map((f) => [f, { $inc: counts[f] }]))
    if (Object.keys(increments).length === 0) return
    const find = () => payload.find({ collection: spec.collection, depth: 0, limit: 1, overrideAccess: true, pagination: false, where: { and: [spec.whereOf(target, day)] } })
    // No req: each row commits on its own, before the job forgets the counts it held (see dailyCounterRedis).
    const row = (await find()).docs[0]
    if (row) {
      await payload.db.updateOne({ collection: spec.collection, data: increments, id: row.id })
      return
    }
    await payload.create({ collection: spec.collection, data: { ...spec.rowOf(target, day), ...counts }, overrideAccess: true })
  }

  const drainMemory = (): PendingRow<T, Field>[] => {
    const batch = [...pending.values()]
    pending = new Map()
    return batch
  }

  const keepInMemory = ({ by, day, field, target }: { by: number; day: string; field: Field; target: T }) => {
    const key = `${JSON.stringify(target)}|${day}`
    const row = pending.get(key) ?? { counts: Object.fromEntries(spec.fields.map((f) => [f, 0])) as Record<Field, number>, day, target }
    row.counts[field] += by
    pending.set(key, row)
  }

  /** Moves counts kept in memory to Redis; those it refuses stay for the next try. */
  const pushToRedis = async (client: RedisClient): Promise<boolean> => {
    const batch = drainMemory()
    try {
      await addPendingToRedis({ client, name: spec.name, rows: batch })
      return true
    } catch (error) {
      noteRedisFailure(`${spec.name} counter`, error)
      for (const row of batch) for (const field of spec.fields) if (row.counts[field]) keepInMemory({ by: row.counts[field], day: row.day, field, target: row.target })
      return false
    }
  }

  // One flush at a time in this process (the timer and the job may meet): two could both create a day's row.
  let running: Promise<void> = Promise.resolve()
  const flush = (payload: Payload): Promise<void> => {
    const next = running.then(() => flushNow(payload))
    running = next.catch(() => undefined)
    return next
  }

  const flushNow = async (payload: Payload): Promise<void> => {
    const client = await readyRedis()
    if (!client) {
      for (const row of drainMemory()) await writeRow(payload, row)
      return
    }
    await pushToRedis(client)
    await drainRedis({ client, name: spec.name, write: (drained: Drained) => writeRow(payload, drained as PendingRow<T, Field>) })
  }

  // Without Redis this process writes its rows; with Redis it only hands over what Redis refused earlier.
  const later = () => {
    timer ??= setTimeout(() => {
      timer = null
      void (async () => {
        const client = await readyRedis()
        if (!client) {
          const payload = runningPayload()
          // Payload not started yet in this process (cannot happen after a request was served): try again later.
          return payload ? flush(payload) : later()
        }
        if (!(await pushToRedis(client))) later()
      })().catch((error: unknown) => console.error(`[counters] ${spec.name}: không ghi được số đếm; sẽ thử lại.`, error))
    }, RETRY_EVERY_MS).unref()
  }

  const add = async ({ field, target }: { field: Field; target: T }): Promise<void> => {
    const day = vietnamDay()
    const client = await readyRedis()
    if (client) {
      try {
        await addPendingToRedis({ client, name: spec.name, rows: [{ counts: { [field]: 1 }, day, target }] })
        return
      } catch (error) {
        noteRedisFailure(`${spec.name} counter`, error)
      }
    }
    keepInMemory({ by: 1, day, field, target })
    later()
  }

  counters.set(spec.name, { flush })
  return { add, flush }
}

/** Writes every counter's pending counts to their rows (the flushDailyCounters job; tests). */
export const flushDailyCounters = async (payload: Payload): Promise<void> => {
  for (const counter of counters.values()) await counter.flush(payload)
}
