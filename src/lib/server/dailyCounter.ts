import type { Payload } from 'payload'

import { vietnamDay } from '@/lib/dates/format'
import { getPayloadClient } from './payload'

const FLUSH_EVERY_MS = 15_000

export type PendingRow<Target, Field extends string> = { counts: Record<Field, number>; day: string; target: Target }

/**
 * Counts kept in memory per target and Vietnamese calendar day, written every
 * 15 s by `write` (which adds them to that day's row). A request never waits
 * on a database write; at most the last 15 s are lost if the process dies.
 * Used for partner API usage and for training downloads.
 */
export const dailyCounter = <Target extends Record<string, number | string>, Field extends string>({ fields, write }: { fields: readonly Field[]; write: (payload: Payload, row: PendingRow<Target, Field>) => Promise<void> }) => {
  let pending = new Map<string, PendingRow<Target, Field>>()
  let timer: NodeJS.Timeout | null = null

  const flush = async (payload: Payload): Promise<void> => {
    const batch = [...pending.values()]
    pending = new Map()
    for (const row of batch) await write(payload, row)
  }

  const add = ({ field, target }: { field: Field; target: Target }): void => {
    const day = vietnamDay()
    const key = `${JSON.stringify(target)}|${day}`
    const row = pending.get(key) ?? { counts: Object.fromEntries(fields.map((f) => [f, 0])) as Record<Field, number>, day, target }
    row.counts[field]++
    pending.set(key, row)
    timer ??= setTimeout(() => {
      timer = null
      void getPayloadClient().then(flush).catch(() => undefined)
    }, FLUSH_EVERY_MS).unref()
  }

  return { add, flush }
}
