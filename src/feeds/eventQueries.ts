import type { Where } from 'payload'

import { getPayloadClient } from '@/lib/server/payload'
import { linkPopulate, mediaPopulate, newestDocs } from './queries'

/**
 * The reads behind the events feeds, as an anonymous visitor in Vietnamese
 * (published only, like ./queries.ts). A feed narrowed to a province or a
 * movement first resolves its slug here: an unknown province, or a movement
 * that is not published, has no feed.
 */

export const readFeedProvince = async (slug: string) => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'provinces',
    depth: 0,
    limit: 1,
    locale: 'vi',
    overrideAccess: false,
    pagination: false,
    select: { name: true, slug: true, updatedAt: true },
    where: { slug: { equals: slug } },
  })
  return docs[0] ?? null
}

export const readFeedMovement = async (slug: string) => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'movements',
    depth: 0,
    limit: 1,
    locale: 'vi',
    overrideAccess: false,
    pagination: false,
    select: { name: true, slug: true, updatedAt: true },
    where: { slug: { equals: slug } },
  })
  return docs[0] ?? null
}

/**
 * The latest announced published events (newest first by creation: see
 * ./events.ts for why), of one province or one movement when given.
 */
export const readFeedEvents = ({ movement, province }: { movement?: number; province?: number }) => {
  const and: Where[] = [
    ...(province === undefined ? [] : [{ province: { equals: province } }]),
    ...(movement === undefined ? [] : [{ relatedMovements: { equals: movement } }]),
  ]
  return newestDocs({
    collection: 'events',
    populate: { awards: linkPopulate, documents: linkPopulate, exemplars: linkPopulate, media: mediaPopulate, movements: linkPopulate, provinces: { name: true } },
    select: {
      allDay: true,
      cover: true,
      createdAt: true,
      end: true,
      kind: true,
      livestreamUrl: true,
      organizer: true,
      programme: true,
      province: true,
      registrationUrl: true,
      slug: true,
      start: true,
      summary: true,
      title: true,
      updatedAt: true,
      venue: true,
    },
    sort: '-createdAt',
    where: and.length ? { and } : undefined,
  })
}
