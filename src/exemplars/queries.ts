import type { Locale } from '@/i18n/locales'
import type { Where } from 'payload'

import { type ExemplarFilters, exemplarWhere } from './filters'
import { cachedRead } from '@/lib/cache/cachedRead'
import { pageMediaPopulate } from '@/lib/queries/populate'
import { findPageDocument } from '@/lib/queries/pageDocument'
import { readWithPreview } from '@/lib/queries/preview'
import { getPayloadClient } from '@/lib/server/payload'
import { getTaxonomies } from '@/lib/queries/taxonomies'

export const EXEMPLARS_PAGE_SIZE = 12

const cardSelect = { kind: true, name: true, organization: true, portrait: true, province: true, slug: true, stage: true, summary: true } as const
const cardPopulate = { media: { alt: true, sizes: true, url: true }, provinces: { name: true, slug: true } } as const

/** One page of published exemplars matching the filters. */
export const listExemplars = cachedRead('exemplars:list', ['exemplars', 'provinces', 'sectors', 'media'], async (filters: ExemplarFilters, locale: Locale) => {
  const { provinces, sectors } = await getTaxonomies(locale)
  const province = filters.province ? provinces.find((p) => p.slug === filters.province)?.id : undefined
  const sector = filters.sector ? sectors.find((s) => s.slug === filters.sector)?.id : undefined
  if ((filters.province && province === undefined) || (filters.sector && sector === undefined)) {
    return { docs: [], page: 1, totalDocs: 0, totalPages: 0 }
  }
  const payload = await getPayloadClient()
  const result = await payload.find({
    collection: 'exemplars',
    locale,
    depth: 1,
    limit: EXEMPLARS_PAGE_SIZE,
    overrideAccess: false,
    page: filters.page,
    populate: cardPopulate,
    select: cardSelect,
    sort: ['-featured', 'name'],
    where: exemplarWhere(filters, { province, sector }),
  })
  return { docs: result.docs, page: result.page ?? 1, totalDocs: result.totalDocs, totalPages: result.totalPages }
})

/** A published exemplar with what its page shows; `null` for unknown or unpublished slugs. */
export const getExemplar = readWithPreview('exemplars:one', ['exemplars', 'awards', 'movements', 'provinces', 'sectors', 'media'], (ctx, slug: string, locale: Locale) =>
  findPageDocument(ctx, {
    collection: 'exemplars',
    locale,
    depth: 1,
    joins: { awards: { limit: 50, sort: '-decisionDate' } },
    populate: {
      awards: { awardTitle: true, decisionDate: true, decisionNumber: true, slug: true },
      media: pageMediaPopulate,
      movements: { name: true, slug: true },
      provinces: { name: true, slug: true },
      sectors: { name: true, slug: true },
    },
    where: { slug: { equals: slug } },
  }),
)

/** Up to three other published exemplars from the same sector or province. */
export const getRelatedExemplars = cachedRead(
  'exemplars:related',
  ['exemplars', 'media', 'provinces'],
  async ({ id, locale, province, sector }: { id: number | string; locale: Locale; province?: number | string | null; sector?: number | string | null }) => {
    const or: Where[] = []
    if (province) or.push({ province: { equals: province } })
    if (sector) or.push({ sector: { equals: sector } })
    if (or.length === 0) return []
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'exemplars',
      locale,
      depth: 1,
      limit: 3,
      overrideAccess: false,
      populate: cardPopulate,
      select: cardSelect,
      where: { and: [{ id: { not_equals: id } }, { or }] },
    })
    return docs
  },
)

/** Every published slug, for the sitemap. */
export const listExemplarSlugs = cachedRead('exemplars:slugs', ['exemplars'], async () => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({ collection: 'exemplars', depth: 0, limit: 0, overrideAccess: false, pagination: false, select: { slug: true, updatedAt: true } })
  return docs
})
