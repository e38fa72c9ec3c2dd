import type { Where } from 'payload'

import { getPayloadClient } from '@/lib/server/payload'

/**
 * The reads behind the feeds (src/feeds). Uncached on purpose: the feeds
 * cache what they build from them (HTML already converted), under the tags
 * of every collection listed here — see src/feeds/load.ts. All read as an
 * anonymous visitor, in Vietnamese: published documents only.
 */

/** Readers poll; the latest 50 keeps a feed complete between polls and small. */
export const FEED_SIZE = 50

/** What an enclosure needs of an image: every variant's URL, bytes and type. */
const mediaPopulate = { alt: true, credit: true, filename: true, filesize: true, mimeType: true, sizes: true, url: true } as const
/** Internal links in rich text point at these documents' pages. */
const linkPopulate = { slug: true } as const

/**
 * The ids of the newest FEED_SIZE published documents, then the documents:
 * two queries on purpose. In one, SQLite builds Payload's per-row subqueries
 * (localized fields with whole Lexical bodies, hasMany texts) for every
 * matching row before sorting and cutting to 50, which took 2.2 s for a
 * column of 1 000 articles; the first query selects a plain column (slug), so
 * it has no subqueries, and the heavy one only ever sees 50 rows (0.14 s).
 * See bench/feeds.ts.
 */
const newestIds = async ({ collection, sort, where }: { collection: 'articles' | 'exemplars' | 'movements'; sort: string; where?: Where }): Promise<number[]> => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({ collection, depth: 0, limit: FEED_SIZE, overrideAccess: false, pagination: false, select: { slug: true }, sort, where })
  return docs.map((doc) => doc.id)
}

export const readFeedSettings = async () => {
  const payload = await getPayloadClient()
  return payload.findGlobal({
    slug: 'site-settings',
    depth: 0,
    locale: 'vi',
    overrideAccess: false,
    select: { contact: { organization: true }, defaultImageLicence: true, siteName: true, updatedAt: true },
  })
}

export const readFeedColumn = async (slug: string) => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'columns',
    depth: 0,
    limit: 1,
    locale: 'vi',
    overrideAccess: false,
    pagination: false,
    select: { attribution: true, description: true, licence: true, name: true, slug: true, updatedAt: true },
    where: { slug: { equals: slug } },
  })
  return docs[0] ?? null
}

/**
 * Published articles dated no later than `asOf`, newest first. The date
 * check matters: an editor may publish an article early with a future date,
 * and access control alone would let it out.
 */
export const readFeedArticles = async ({ asOf, column }: { asOf: string; column?: number }) => {
  const where: Where = { and: [{ publishedAt: { less_than_equal: asOf } }, ...(column === undefined ? [] : [{ column: { equals: column } }])] }
  const ids = await newestIds({ collection: 'articles', sort: '-publishedAt', where })
  if (ids.length === 0) return []
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'articles',
    depth: 1,
    limit: FEED_SIZE,
    locale: 'vi',
    overrideAccess: false,
    pagination: false,
    populate: { columns: { attribution: true, licence: true, name: true, slug: true }, exemplars: linkPopulate, media: mediaPopulate, movements: linkPopulate },
    select: { body: true, byline: true, column: true, cover: true, publishedAt: true, slug: true, summary: true, tags: true, title: true, updatedAt: true },
    sort: '-publishedAt',
    where: { id: { in: ids } },
  })
  return docs
}

export const readFeedExemplars = async () => {
  const ids = await newestIds({ collection: 'exemplars', sort: '-createdAt' })
  if (ids.length === 0) return []
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'exemplars',
    depth: 1,
    limit: FEED_SIZE,
    locale: 'vi',
    overrideAccess: false,
    pagination: false,
    populate: { exemplars: linkPopulate, media: mediaPopulate, movements: linkPopulate, provinces: { name: true }, sectors: { name: true } },
    select: { achievements: true, createdAt: true, kind: true, name: true, portrait: true, province: true, sector: true, slug: true, story: true, summary: true, updatedAt: true },
    sort: '-createdAt',
    where: { id: { in: ids } },
  })
  return docs
}

export const readFeedMovements = async () => {
  const ids = await newestIds({ collection: 'movements', sort: '-createdAt' })
  if (ids.length === 0) return []
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'movements',
    depth: 1,
    limit: FEED_SIZE,
    locale: 'vi',
    overrideAccess: false,
    pagination: false,
    populate: { media: mediaPopulate },
    select: { cover: true, createdAt: true, issuingBody: true, level: true, name: true, objectives: true, period: true, slogan: true, slug: true, type: true, updatedAt: true },
    sort: '-createdAt',
    where: { id: { in: ids } },
  })
  return docs
}
