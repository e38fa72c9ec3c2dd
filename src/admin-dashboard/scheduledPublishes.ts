import type { CollectionSlug, Payload, TypedLocale, TypedUser } from 'payload'

import { adminDocumentUrl, findTracked } from './trackedCollections'

export type ScheduledPublish = {
  action: 'publish' | 'unpublish'
  collection: CollectionSlug
  docId: number | string
  docUrl: string
  title: string
  when: string
}

type ScheduleInput = {
  doc?: { relationTo?: string; value?: unknown }
  type?: string
}

/** Payload's scheduled publishing: a `schedulePublish` job per document, run at `waitUntil`. */
const pendingJobs = async ({ limit, payload, user }: { limit: number; payload: Payload; user: TypedUser }) => {
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    depth: 0,
    limit,
    overrideAccess: false,
    pagination: false,
    select: { input: true, waitUntil: true },
    sort: 'waitUntil',
    user,
    where: {
      and: [{ taskSlug: { equals: 'schedulePublish' } }, { completedAt: { exists: false } }, { hasError: { not_equals: true } }, { waitUntil: { greater_than: new Date().toISOString() } }],
    },
  })
  return docs.flatMap((job) => {
    const input = (job.input ?? {}) as ScheduleInput
    const collection = findTracked(payload, input.doc?.relationTo)
    const value = input.doc?.value
    if (!collection || !job.waitUntil || (typeof value !== 'string' && typeof value !== 'number')) return []
    return [
      {
        action: input.type === 'unpublish' ? ('unpublish' as const) : ('publish' as const),
        collection,
        docId: value,
        when: job.waitUntil,
      },
    ]
  })
}

/**
 * Publishes (and unpublishes) still waiting, soonest first, each with its
 * document's title: one jobs query, then one titles query per collection.
 * Read with the viewer's own access (jobs are publishers-only).
 */
export const listScheduledPublishes = async ({ limit = 20, locale, payload, user }: { limit?: number; locale?: TypedLocale; payload: Payload; user: TypedUser }): Promise<ScheduledPublish[]> => {
  const jobs = await pendingJobs({ limit, payload, user })
  const found = new Map<string, { id: number | string; title: string }>()
  const slugs = [...new Set(jobs.map((job) => job.collection.slug))]
  await Promise.all(
    slugs.map(async (slug) => {
      const collection = jobs.find((job) => job.collection.slug === slug)?.collection
      if (!collection) return
      const ids = jobs.filter((job) => job.collection.slug === slug).map((job) => job.docId)
      const { docs } = await payload.find({
        collection: slug,
        depth: 0,
        draft: true,
        limit: ids.length,
        locale,
        overrideAccess: false,
        pagination: false,
        select: { [collection.titleField]: true },
        user,
        where: { id: { in: ids } },
      })
      for (const doc of docs)
        found.set(`${slug}:${doc.id}`, {
          id: doc.id,
          title: String((doc as unknown as Record<string, unknown>)[collection.titleField] ?? ''),
        })
    }),
  )
  // A job whose document the viewer cannot read (or that was deleted) is left out.
  return jobs.flatMap((job) => {
    const doc = found.get(`${job.collection.slug}:${job.docId}`)
    if (!doc) return []
    return [
      {
        action: job.action,
        collection: job.collection.slug,
        docId: doc.id,
        docUrl: adminDocumentUrl(payload, job.collection.slug, doc.id),
        title: doc.title,
        when: job.when,
      },
    ]
  })
}

/** `collection:id` → when its publish runs: marks the drafts in the activity log that are scheduled. */
export const scheduledPublishTimes = async ({ payload, user }: { payload: Payload; user: TypedUser }): Promise<Map<string, string>> => {
  const jobs = await pendingJobs({ limit: 500, payload, user })
  const times = new Map<string, string>()
  for (const job of jobs) if (job.action === 'publish' && !times.has(`${job.collection.slug}:${job.docId}`)) times.set(`${job.collection.slug}:${job.docId}`, job.when)
  return times
}
