import { dailyCounter } from '@/lib/server/dailyCounter'

/** What was downloaded: an attachment (files) or a course's pack (courses). Nothing about who. */
export type DownloadTarget = { id: number | string; kind: 'file' | 'pack' }

/** Downloads per target and day, in `downloads` (trainers, editors, admins). */
const downloads = dailyCounter<DownloadTarget, 'count'>({
  fields: ['count'],
  write: async (payload, { counts, day, target: { id, kind } }) => {
    const field = kind === 'file' ? 'file' : 'course'
    const { docs } = await payload.find({ collection: 'downloads', depth: 0, limit: 1, overrideAccess: true, pagination: false, where: { and: [{ kind: { equals: kind } }, { [field]: { equals: id } }, { day: { equals: day } }] } })
    const row = docs[0]
    if (row) await payload.update({ collection: 'downloads', data: { count: row.count + counts.count }, id: row.id, overrideAccess: true })
    // The generated types spell ids as numbers (SQLite); on MongoDB they are strings, passed through untouched.
    else await payload.create({ collection: 'downloads', data: { count: counts.count, day, kind, [field]: id as number }, overrideAccess: true })
  },
})

export const countDownload = (target: DownloadTarget) => downloads.add({ field: 'count', target })

/** Writes what is pending now (tests, shutdown). */
export const flushDownloads = downloads.flush
