import type { Payload, TypedUser } from 'payload'

import { assertCanSeeActivity } from '../access'
import { adminDocumentUrl } from '../trackedCollections'

/** How far ahead "closing soon" looks: the legal minimum window is 10 working days. */
export const CLOSING_SOON_DAYS = 14

export type ClosingConsultation = {
  closesAt: string
  docUrl: string
  id: number | string
  opinionsUrl: string
  title: string
  unreviewed: number
}

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * Open consultations whose window ends within CLOSING_SOON_DAYS (or has
 * ended and waits for the closing job), soonest first, each with how many
 * opinions nobody has reviewed yet: counted from one opinions query.
 */
export const listClosingConsultations = async ({ limit = 20, now = new Date(), payload, user }: { limit?: number; now?: Date; payload: Payload; user: null | TypedUser | undefined }): Promise<ClosingConsultation[]> => {
  assertCanSeeActivity(user)
  const viewer = user as TypedUser
  const horizon = new Date(now.getTime() + CLOSING_SOON_DAYS * DAY_MS).toISOString()
  const { docs: nominations } = await payload.find({
    collection: 'nominations',
    depth: 0,
    limit,
    overrideAccess: false,
    pagination: false,
    select: { closesAt: true, title: true },
    sort: 'closesAt',
    user: viewer,
    where: {
      and: [{ status: { equals: 'open' } }, { closesAt: { less_than_equal: horizon } }],
    },
  })
  if (nominations.length === 0) return []
  const { docs: unreviewed } = await payload.find({
    collection: 'opinions',
    depth: 0,
    overrideAccess: false,
    pagination: false,
    select: { nomination: true },
    user: viewer,
    where: {
      and: [{ nomination: { in: nominations.map((nomination) => nomination.id) } }, { reviewed: { equals: false } }],
    },
  })
  const counts = new Map<string, number>()
  for (const opinion of unreviewed) {
    const key = String(typeof opinion.nomination === 'object' ? opinion.nomination.id : opinion.nomination)
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  const admin = payload.config.routes.admin
  return nominations.map((nomination) => ({
    closesAt: nomination.closesAt ?? '',
    docUrl: adminDocumentUrl(payload, 'nominations', nomination.id),
    id: nomination.id,
    opinionsUrl: `${admin}/collections/opinions?where[nomination][equals]=${encodeURIComponent(String(nomination.id))}&where[reviewed][equals]=false`,
    title: nomination.title,
    unreviewed: counts.get(String(nomination.id)) ?? 0,
  }))
}
