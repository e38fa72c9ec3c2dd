import type { Payload } from 'payload'

import { vietnamDay } from '../lib/dates'
import { getPayloadClient } from '../lib/queries/payload'

const FLUSH_EVERY_MS = 15_000

type Counts = { partner: number | string; day: string; refused: number; requests: number }
let pending = new Map<string, Counts>()
let timer: NodeJS.Timeout | null = null

/**
 * Counted in memory and written every 15 s, so an API request never waits on
 * a database write; at most the last 15 s are lost if the process dies.
 */
export const recordRequest = ({ partner, refused = false }: { partner: number | string; refused?: boolean }) => {
  const day = vietnamDay()
  const key = `${partner}|${day}`
  const counts = pending.get(key) ?? { day, partner, refused: 0, requests: 0 }
  if (refused) counts.refused++
  else counts.requests++
  pending.set(key, counts)
  timer ??= setTimeout(() => {
    timer = null
    void getPayloadClient().then((payload) => flushUsage(payload)).catch(() => undefined)
  }, FLUSH_EVERY_MS).unref()
}

/** Adds the pending counts to each partner's row for the day. */
export const flushUsage = async (payload: Payload) => {
  const batch = [...pending.values()]
  pending = new Map()
  for (const counts of batch) {
    const { docs } = await payload.find({ collection: 'api-usage', depth: 0, limit: 1, overrideAccess: true, pagination: false, where: { and: [{ partner: { equals: counts.partner } }, { day: { equals: counts.day } }] } })
    const row = docs[0]
    if (row) {
      await payload.update({ collection: 'api-usage', data: { refused: row.refused + counts.refused, requests: row.requests + counts.requests }, id: row.id, overrideAccess: true })
    } else {
      await payload.create({ collection: 'api-usage', data: { day: counts.day, partner: counts.partner as number, refused: counts.refused, requests: counts.requests }, overrideAccess: true })
    }
  }
}
