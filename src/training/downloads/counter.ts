import type { Payload } from 'payload'

import { vietnamDay } from '../../lib/dates'
import { getPayloadClient } from '../../lib/queries/payload'

const FLUSH_EVERY_MS = 15_000

/** What was downloaded: an attachment (files) or a course's pack (courses). Nothing about who. */
export type DownloadTarget = { id: number | string; kind: 'file' | 'pack' }

type Pending = DownloadTarget & { count: number; day: string }
let pending = new Map<string, Pending>()
let timer: NodeJS.Timeout | null = null

/**
 * Counted in memory and written every 15 s, as API usage is (src/partners/usage.ts):
 * a download never waits on a database write; at most 15 s of counts are lost if the process dies.
 */
export const countDownload = (target: DownloadTarget) => {
  const day = vietnamDay()
  const key = `${target.kind}|${target.id}|${day}`
  const row = pending.get(key) ?? { ...target, count: 0, day }
  row.count++
  pending.set(key, row)
  timer ??= setTimeout(() => {
    timer = null
    void getPayloadClient().then((payload) => flushDownloads(payload)).catch(() => undefined)
  }, FLUSH_EVERY_MS).unref()
}

/** Adds the pending counts to each target's row for the day. */
export const flushDownloads = async (payload: Payload) => {
  const batch = [...pending.values()]
  pending = new Map()
  for (const { count, day, id, kind } of batch) {
    const field = kind === 'file' ? 'file' : 'course'
    const { docs } = await payload.find({ collection: 'downloads', depth: 0, limit: 1, overrideAccess: true, pagination: false, where: { and: [{ kind: { equals: kind } }, { [field]: { equals: id } }, { day: { equals: day } }] } })
    const row = docs[0]
    if (row) await payload.update({ collection: 'downloads', data: { count: row.count + count }, id: row.id, overrideAccess: true })
    // The generated types spell ids as numbers (SQLite); on MongoDB they are strings, passed through untouched.
    else await payload.create({ collection: 'downloads', data: { count, day, kind, [field]: id as number }, overrideAccess: true })
  }
}
