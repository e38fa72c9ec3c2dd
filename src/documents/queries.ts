import type { Locale } from '@/i18n/locales'
import type { Where } from 'payload'

import { documentTypes } from '@/collections/Documents/options'
import { cachedRead } from '@/lib/cache/cachedRead'
import { filePopulate } from '@/lib/queries/populate'
import { findPageDocument } from '@/lib/queries/pageDocument'
import { readWithPreview } from '@/lib/queries/preview'
import { getPayloadClient } from '@/lib/server/payload'

export const DOCUMENTS_PAGE_SIZE = 20
const TYPES = new Set(documentTypes.map((t) => t.value))

export const listDocuments = cachedRead('documents:list', ['documents'], async ({ locale, page, type }: { locale: Locale; page: number; type?: string }) => {
  const payload = await getPayloadClient()
  const where: Where = type && TYPES.has(type) ? { type: { equals: type } } : {}
  const result = await payload.find({
    collection: 'documents',
    locale,
    depth: 0,
    limit: DOCUMENTS_PAGE_SIZE,
    overrideAccess: false,
    page,
    select: { issuedDate: true, issuer: true, number: true, slug: true, status: true, title: true, type: true },
    sort: '-issuedDate',
    where,
  })
  return { docs: result.docs, page: result.page ?? 1, totalDocs: result.totalDocs, totalPages: result.totalPages }
})

export const getDocument = readWithPreview('documents:one', ['documents', 'files'], (ctx, slug: string, locale: Locale) =>
  findPageDocument(ctx, {
    collection: 'documents',
    locale,
    depth: 1,
    // replacedBy: enough for a link; `_status` so a draft replacement seen in preview is not linked.
    populate: { documents: { _status: true, number: true, slug: true, type: true }, files: filePopulate },
    where: { slug: { equals: slug } },
  }),
)
