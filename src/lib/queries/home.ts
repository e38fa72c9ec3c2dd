import { unstable_cache } from 'next/cache'

import { cacheTags } from '../cache-tags'
import { getPayloadClient } from './payload'

const HOUR = 3600

/**
 * The front page's three lists. Read as an anonymous visitor
 * (`overrideAccess: false`, no user), so access control returns published
 * documents only; cached under the collection tags that publish hooks purge.
 */
export const getLatestExemplars = unstable_cache(
  async (limit: number) => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'exemplars',
      depth: 1,
      limit,
      overrideAccess: false,
      populate: { media: { alt: true, sizes: true, url: true }, provinces: { name: true } },
      select: { kind: true, name: true, organization: true, portrait: true, province: true, slug: true, stage: true, summary: true },
      sort: '-createdAt',
    })
    return docs
  },
  ['home', 'latest-exemplars'],
  { revalidate: HOUR, tags: [cacheTags.collection('exemplars'), cacheTags.collection('media')] },
)

export const getLatestMovements = unstable_cache(
  async (limit: number) => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'movements',
      depth: 0,
      limit,
      overrideAccess: false,
      select: { name: true, period: true, slogan: true, slug: true, status: true, type: true },
      sort: '-period.start',
    })
    return docs
  },
  ['home', 'latest-movements'],
  { revalidate: HOUR, tags: [cacheTags.collection('movements')] },
)

export const getLatestArticles = unstable_cache(
  async (limit: number) => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'articles',
      depth: 1,
      limit,
      overrideAccess: false,
      populate: { columns: { name: true, slug: true } },
      select: { column: true, publishedAt: true, slug: true, summary: true, title: true },
      sort: '-publishedAt',
    })
    return docs
  },
  ['home', 'latest-articles'],
  { revalidate: HOUR, tags: [cacheTags.collection('articles'), cacheTags.collection('columns')] },
)
