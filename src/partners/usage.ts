import { dailyCounter } from '@/lib/server/dailyCounter'

/** Requests and refusals per partner and day, in `api-usage` (admins only). */
const usage = dailyCounter<{ partner: number | string }, 'refused' | 'requests'>({
  collection: 'api-usage',
  fields: ['refused', 'requests'],
  name: 'api-usage',
  rowOf: ({ partner }, day) => ({ day, partner }),
  whereOf: ({ partner }, day) => ({ day: { equals: day }, partner: { equals: partner } }),
})

/** Never rejects; the API wrapper does not wait for it (tests do). */
export const recordRequest = ({ partner, refused = false }: { partner: number | string; refused?: boolean }): Promise<void> => usage.add({ field: refused ? 'refused' : 'requests', target: { partner } })

/** Writes what is pending now (tests, shutdown). */
export const flushUsage = usage.flush
