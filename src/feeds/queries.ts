import type { FindOptions, PopulateType, SelectType, TransformCollectionWithSelect, TypedCollectionSelect, Where } from 'payload'

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
export const mediaPopulate = { alt: true, credit: true, filename: true, filesize: true, mimeType: true, sizes: true, url: true } as const
/** Internal links in rich text point at these documents' pages. */
export const linkPopulate = { slug: true } as const

type FeedCollection = 'articles' | 'events' | 'exemplars' | 'movements'
type Select<TSlug extends FeedCollection> = SelectType & TypedCollectionSelect[TSlug]
type NewestQuery<TSlug extends FeedCollection, TSelect extends Select<TSlug>> = { collection: TSlug; populate: PopulateType; select: TSelect; sort: string; where?: Where }
/** `payload.find` as used here: Payload's own signature also weighs draft typing per collection, which TypeScript cannot resolve for a generic slug. */
type FindDocs = <TSlug extends FeedCollection, TSelect extends Select<TSlug>>(options: FindOptions<TSlug, TSelect>) => Promise<{ docs: TransformCollectionWithSelect<TSlug, TSelect>[] }>

/**
 * The newest FEED_SIZE published documents: their ids first, then the
 * documents, two queries on purpose. In one, SQLite builds Payload's per-row
 * subqueries (localized fields with whole Lexical bodies, hasMany texts) for
 * every matching row before sorting and cutting to 50, which took 2.2 s for a
 * column of 1 000 articles; the first query selects a plain column (slug), so
 * it has no subqueries, and the heavy one only ever sees 50 rows (0.14 s).
 * See bench/feeds.ts.
 */
export const newestDocs = async <TSlug extends FeedCollection, TSelect extends Select<TSlug>>({ collection, populate, select, sort, where }: NewestQuery<TSlug, TSelect>) => {
  const payload = await getPayloadClient()
  const { docs: newest } = await payload.find({ collection: collection as FeedCollection, depth: 0, limit: FEED_SIZE, overrideAccess: false, pagination: false, select: { slug: true }, sort, where })
  if (newest.length === 0) return []
  const find = payload.find.bind(payload) as unknown as FindDocs
  const options = { collection, depth: 1, limit: FEED_SIZE, locale: 'vi', overrideAccess: false, pagination: false, populate, select, sort, where: { id: { in: newest.map((doc) => doc.id) } } } as FindOptions<TSlug, TSelect>
  return (await find<TSlug, TSelect>(options)).docs
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
export const readFeedArticles = ({ asOf, column }: { asOf: string; column?: number }) =>
  newestDocs({
    collection: 'articles',
    populate: { columns: { attribution: true, licence: true, name: true, slug: true }, exemplars: linkPopulate, media: mediaPopulate, movements: linkPopulate },
    select: { body: true, byline: true, column: true, cover: true, publishedAt: true, slug: true, summary: true, tags: true, title: true, updatedAt: true },
    sort: '-publishedAt',
    where: { and: [{ publishedAt: { less_than_equal: asOf } }, ...(column === undefined ? [] : [{ column: { equals: column } }])] },
  })

export const readFeedExemplars = () =>
  newestDocs({
    collection: 'exemplars',
    populate: { exemplars: linkPopulate, media: mediaPopulate, movements: linkPopulate, provinces: { name: true }, sectors: { name: true } },
    select: { achievements: true, createdAt: true, kind: true, name: true, portrait: true, province: true, sector: true, slug: true, story: true, summary: true, updatedAt: true },
    sort: '-createdAt',
  })

export const readFeedMovements = () =>
  newestDocs({
    collection: 'movements',
    populate: { media: mediaPopulate },
    select: { cover: true, createdAt: true, issuingBody: true, level: true, name: true, objectives: true, period: true, slogan: true, slug: true, type: true, updatedAt: true },
    sort: '-createdAt',
  })
