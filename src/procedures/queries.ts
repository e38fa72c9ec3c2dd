import type { Where } from 'payload'

import { PROCEDURE_LEVELS, type ProcedureLevel } from '@/collections/Procedures/options'
import type { Locale } from '@/i18n/locales'
import { cachedRead } from '@/lib/cache/cachedRead'
import { filePopulate } from '@/lib/queries/populate'
import { findPageDocument } from '@/lib/queries/pageDocument'
import { readWithPreview } from '@/lib/queries/preview'
import { getPayloadClient } from '@/lib/server/payload'

/** One level's page when the listing is filtered by level. */
export const PROCEDURES_PAGE_SIZE = 30
/** How many of each level the unfiltered listing shows before "see all". */
export const PROCEDURES_PER_GROUP = 12

const LISTED = { agency: true, code: true, level: true, name: true, processingTime: true, slug: true } as const

const findProcedures = async ({ level, limit, locale, page }: { level?: ProcedureLevel; limit: number; locale: Locale; page: number }) => {
  const payload = await getPayloadClient()
  const where: Where = level ? { level: { equals: level } } : {}
  const result = await payload.find({ collection: 'procedures', locale, depth: 0, limit, overrideAccess: false, page, select: LISTED, sort: 'name', where })
  return { docs: result.docs, page: result.page ?? 1, totalDocs: result.totalDocs, totalPages: result.totalPages }
}

/** Published procedures of one level (or all), a page at a time, by name. */
export const listProcedures = cachedRead('procedures:list', ['procedures'], (args: { level?: ProcedureLevel; locale: Locale; page: number }) =>
  findProcedures({ ...args, limit: PROCEDURES_PAGE_SIZE }),
)

/** The first procedures of each level with the level's total: the unfiltered listing. Three reads, whatever the count. */
export const listProcedureGroups = cachedRead('procedures:groups', ['procedures'], async (locale: Locale) =>
  Promise.all(PROCEDURE_LEVELS.map(async (level) => ({ level, ...(await findProcedures({ level, limit: PROCEDURES_PER_GROUP, locale, page: 1 })) }))),
)

/** One procedure with its form files and legal basis (published documents only: access leaves drafts unpopulated). */
export const getProcedure = readWithPreview('procedures:one', ['procedures', 'documents', 'files'], (ctx, slug: string, locale: Locale) =>
  findPageDocument(ctx, {
    collection: 'procedures',
    locale,
    depth: 1,
    // `_status`: a preview may populate a draft document, which must not be linked.
    populate: { documents: { _status: true, issuedDate: true, number: true, slug: true, title: true }, files: filePopulate },
    where: { slug: { equals: slug } },
  }),
)

/** Published procedures that cite a document as legal basis (the document's page lists them). */
export const listProceduresForDocument = cachedRead('procedures:by-document', ['procedures'], async ({ documentId, locale }: { documentId: number | string; locale: Locale }) => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'procedures',
    locale,
    depth: 0,
    limit: 50,
    overrideAccess: false,
    pagination: false,
    select: { level: true, name: true, slug: true },
    sort: 'name',
    where: { legalBasis: { in: [documentId] } },
  })
  return docs
})
