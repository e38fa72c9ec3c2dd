import { dailyCounter } from '@/lib/server/dailyCounter'

/** Requests and refusals per partner and day, in `api-usage` (admins only). */
const usage = dailyCounter<{ partner: number | string }, 'refused' | 'requests'>({
  fields: ['refused', 'requests'],
  write: async (payload, { counts, day, target: { partner } }) => {
    const { docs } = await payload.find({ collection: 'api-usage', depth: 0, limit: 1, overrideAccess: true, pagination: false, where: { and: [{ partner: { equals: partner } }, { day: { equals: day } }] } })
    const row = docs[0]
    if (row) await payload.update({ collection: 'api-usage', data: { refused: row.refused + counts.refused, requests: row.requests + counts.requests }, id: row.id, overrideAccess: true })
    // The generated types spell ids as numbers (SQLite); on MongoDB they are strings, passed through untouched.
    else await payload.create({ collection: 'api-usage', data: { day, partner: partner as number, refused: counts.refused, requests: counts.requests }, overrideAccess: true })
  },
})

export const recordRequest = ({ partner, refused = false }: { partner: number | string; refused?: boolean }) => usage.add({ field: refused ? 'refused' : 'requests', target: { partner } })

/** Writes what is pending now (tests, shutdown). */
export const flushUsage = usage.flush
