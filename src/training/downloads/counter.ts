import { dailyCounter } from '@/lib/server/dailyCounter'

/** What was downloaded: an attachment (files) or a course's pack (courses). Nothing about who. */
export type DownloadTarget = { id: number | string; kind: 'file' | 'pack' }

const relationOf = (kind: DownloadTarget['kind']) => (kind === 'file' ? 'file' : 'course')

/** Downloads per target and day, in `downloads` (trainers, editors, admins). */
const downloads = dailyCounter<DownloadTarget, 'count'>({
  collection: 'downloads',
  fields: ['count'],
  name: 'downloads',
  rowOf: ({ id, kind }, day) => ({ day, kind, [relationOf(kind)]: id }),
  whereOf: ({ id, kind }, day) => ({ day: { equals: day }, kind: { equals: kind }, [relationOf(kind)]: { equals: id } }),
})

/** Never rejects; the download does not wait for it (tests do). */
export const countDownload = (target: DownloadTarget): Promise<void> => downloads.add({ field: 'count', target })

/** Writes what is pending now (tests, shutdown). */
export const flushDownloads = downloads.flush
