import type { Locale } from '@/i18n/locales'
import { cachedRead } from '@/lib/cache/cachedRead'
import { getPayloadClient } from '@/lib/server/payload'

/**
 * The front page's three lists. Read as an anonymous visitor
 * (`overrideAccess: false`, no user), so access control returns published
 * documents only; cached under the collection tags that publish hooks purge.
 */
export const getLatestExemplars = cachedRead(
  'home:latest-exemplars',
  ['exemplars', 'media'],
  async (limit: number, locale: Locale) => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'exemplars',
      locale,
      depth: 1,
      limit,
      overrideAccess: false,
      populate: { media: { alt: true, sizes: true, url: true }, provinces: { name: true } },
      select: { kind: true, name: true, organization: true, portrait: true, province: true, slug: true, stage: true, summary: true },
      sort: '-createdAt',
    })
    return docs
  },
)

export const getLatestMovements = cachedRead(
  'home:latest-movements',
  ['movements'],
  async (limit: number, locale: Locale) => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'movements',
      locale,
      depth: 0,
      limit,
      overrideAccess: false,
      select: { name: true, period: true, slogan: true, slug: true, status: true, type: true },
      sort: '-period.start',
    })
    return docs
  },
)

export const getLatestArticles = cachedRead(
  'home:latest-articles',
  ['articles', 'columns'],
  async (limit: number, locale: Locale) => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'articles',
      locale,
      depth: 1,
      limit,
      overrideAccess: false,
      populate: { columns: { name: true, slug: true } },
      select: { column: true, publishedAt: true, slug: true, summary: true, title: true },
      sort: '-publishedAt',
    })
    return docs
  },
)
