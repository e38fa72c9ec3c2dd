import type { Locale } from '@/i18n/locales'
import { type MovementFilters, movementWhere } from './filters'
import { cachedRead } from '@/lib/cache/cachedRead'
import { filePopulate, pageMediaPopulate } from '@/lib/queries/populate'
import { findPageDocument } from '@/lib/queries/pageDocument'
import { readWithPreview } from '@/lib/queries/preview'
import { getPayloadClient } from '@/lib/server/payload'

export const MOVEMENTS_PAGE_SIZE = 12

export const listMovements = cachedRead('movements:list', ['movements'], async (filters: MovementFilters, locale: Locale) => {
  const payload = await getPayloadClient()
  const result = await payload.find({
    collection: 'movements',
    locale,
    depth: 0,
    limit: MOVEMENTS_PAGE_SIZE,
    overrideAccess: false,
    page: filters.page,
    select: { issuingBody: true, level: true, name: true, period: true, slogan: true, slug: true, status: true, type: true },
    sort: '-period.start',
    where: movementWhere(filters),
  })
  return { docs: result.docs, page: result.page ?? 1, totalDocs: result.totalDocs, totalPages: result.totalPages }
})

export const getMovement = readWithPreview('movements:one', ['movements', 'exemplars', 'articles', 'documents', 'media', 'files'], (ctx, slug: string, locale: Locale) =>
  findPageDocument(ctx, {
    collection: 'movements',
    locale,
    depth: 1,
    // Sorting a join by a localized field (e.g. name) breaks Payload's SQLite query: sort by plain fields.
    joins: { exemplars: { limit: 12, sort: '-yearRecognized' }, news: { limit: 10, sort: '-publishedAt' } },
    populate: {
      articles: { column: true, publishedAt: true, slug: true, title: true },
      documents: { issuedDate: true, number: true, slug: true, title: true },
      exemplars: { kind: true, name: true, organization: true, slug: true },
      files: filePopulate,
      media: pageMediaPopulate,
    },
    where: { slug: { equals: slug } },
  }),
)

/** Column slugs for the movement's news links (the join populates articles one level deep). */
export const getColumnSlugs = cachedRead('columns:slugs', ['columns'], async () => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({ collection: 'columns', depth: 0, limit: 0, overrideAccess: false, pagination: false, select: { slug: true } })
  return Object.fromEntries(docs.map((c) => [String(c.id), c.slug ?? '']))
})

/** Published movements as filter choices (the award register's `phong-trao`). */
export const listMovementOptions = cachedRead('movements:options', ['movements'], async (locale: Locale) => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({ collection: 'movements', locale, depth: 0, limit: 300, overrideAccess: false, pagination: false, select: { name: true, slug: true }, sort: 'name' })
  return docs
})
