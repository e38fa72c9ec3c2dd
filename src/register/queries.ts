import type { Where } from 'payload'

import type { Locale } from '@/i18n/locales'
import { type AwardFilters, awardWhere } from './filters'
import { cachedRead } from '@/lib/cache/cachedRead'
import { filePopulate } from '@/lib/queries/populate'
import { findPageDocument } from '@/lib/queries/pageDocument'
import { readWithPreview } from '@/lib/queries/preview'
import { documentIdFromUrl } from '@/lib/server/documentId'
import { getPayloadClient } from '@/lib/server/payload'
import { getTaxonomies } from '@/lib/queries/taxonomies'

export const AWARDS_PAGE_SIZE = 20

/** The filters as a query, or null when a named province or sector does not exist (nothing can match). */
export const resolveAwardWhere = async (filters: AwardFilters, locale: Locale): Promise<null | Where> => {
  const { provinces, sectors } = await getTaxonomies(locale)
  const province = filters.province ? provinces.find((p) => p.slug === filters.province)?.id : undefined
  const sector = filters.sector ? sectors.find((s) => s.slug === filters.sector)?.id : undefined
  if ((filters.province && province === undefined) || (filters.sector && sector === undefined)) return null
  return awardWhere(filters, { province, sector })
}

export const listAwards = cachedRead('awards:list', ['awards', 'exemplars', 'movements', 'provinces', 'sectors'], async (filters: AwardFilters, locale: Locale) => {
  const where = await resolveAwardWhere(filters, locale)
  if (!where) return { docs: [], page: 1, totalDocs: 0, totalPages: 0 }
  const payload = await getPayloadClient()
  const result = await payload.find({
    collection: 'awards',
    locale,
    depth: 1,
    limit: AWARDS_PAGE_SIZE,
    overrideAccess: false,
    page: filters.page,
    populate: { exemplars: { name: true, slug: true } },
    select: { awardTitle: true, decisionDate: true, decisionNumber: true, form: true, issuer: true, otherRecipients: true, recipients: true, slug: true },
    sort: '-decisionDate',
    where,
  })
  return { docs: result.docs, page: result.page ?? 1, totalDocs: result.totalDocs, totalPages: result.totalPages }
})

/** An award by slug, or by id for links made from the id (`/khen-thuong/42`). */
export const getAward = readWithPreview('awards:one', ['awards', 'exemplars', 'movements', 'provinces', 'sectors', 'files'], async (ctx, slugOrId: string, locale: Locale) => {
  const id = documentIdFromUrl({ collection: 'awards', payload: await getPayloadClient(), value: slugOrId })
  return findPageDocument(ctx, {
    collection: 'awards',
    locale,
    depth: 1,
    populate: {
      exemplars: { kind: true, name: true, organization: true, slug: true },
      files: filePopulate,
      movements: { name: true, slug: true },
      provinces: { name: true },
      sectors: { name: true },
    },
    where: { or: [{ slug: { equals: slugOrId } }, ...(id === null ? [] : [{ id: { equals: id } }])] },
  })
})
