import { getPayloadClient } from '@/lib/server/payload'
import { FEED_SIZE } from './queries'

/**
 * The reads behind the open consultations feed, as an anonymous visitor
 * (collection access hides drafts). Nominations have no localized fields.
 */

/**
 * Nominations open for comment at `asOf`, closing soonest first. "open" in
 * the database is not enough: the window has its own clock and the job that
 * closes ended windows runs every ten minutes, so the window is checked here.
 */
export const readFeedConsultations = async (asOf: string) => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'nominations',
    depth: 1,
    limit: FEED_SIZE,
    overrideAccess: false,
    pagination: false,
    populate: { exemplars: { kind: true, name: true, organization: true, slug: true }, provinces: { name: true } },
    select: {
      achievements: true,
      closesAt: true,
      form: true,
      nominee: true,
      nomineeKind: true,
      nomineeName: true,
      nomineeUnit: true,
      opensAt: true,
      proposingBody: true,
      province: true,
      slug: true,
      status: true,
      title: true,
      updatedAt: true,
    },
    sort: 'closesAt',
    where: {
      and: [
        { status: { equals: 'open' } },
        { or: [{ opensAt: { less_than_equal: asOf } }, { opensAt: { exists: false } }] },
        { or: [{ closesAt: { greater_than: asOf } }, { closesAt: { exists: false } }] },
      ],
    },
  })
  return docs
}

/**
 * When the latest window up to `asOf` closed: an item leaving the feed with
 * the clock is a change too, so it moves Last-Modified.
 */
export const readLastClosing = async (asOf: string): Promise<string | undefined> => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'nominations',
    depth: 0,
    limit: 1,
    overrideAccess: false,
    pagination: false,
    select: { closesAt: true },
    sort: '-closesAt',
    where: { closesAt: { less_than_equal: asOf } },
  })
  return docs[0]?.closesAt ?? undefined
}
