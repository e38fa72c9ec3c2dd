import { documents } from '../data/documents'
import type { SeedDocument } from '../data/types'
import { vietnamMidnight } from '@/lib/dates/format'
import { findIdBy, publishState, resolveOne, seedOptions, type SeedContext, type StepResult, upsertEach } from '../context'
import { slugify } from '@/lib/text/vietnamese'

/**
 * Second pass: a replacing document may come later in the list, so links to it
 * are written once every document exists. A document that already points
 * somewhere (an editor's choice, or an earlier run) is left alone, which keeps
 * the seed idempotent.
 */
const linkReplacements = async ({ payload, refs }: SeedContext, items: SeedDocument[]) => {
  for (const d of items) {
    if (!d.replacedByKey) continue
    const id = refs.documents.get(d.key)
    if (id === undefined) continue
    const replacedBy = resolveOne(refs.documents, d.replacedByKey, 'document')
    const current = await payload.findByID({ collection: 'documents', depth: 0, disableErrors: true, draft: true, id, overrideAccess: true, select: { replacedBy: true } })
    if (!current || current.replacedBy) continue
    await payload.update({ collection: 'documents', data: { replacedBy, status: d.status }, depth: 0, draft: d.draft, id, ...seedOptions })
  }
}

export const seedDocuments = async (ctx: SeedContext): Promise<StepResult> => {
  const { payload, refs } = ctx
  const result = await upsertEach({
    items: documents,
    map: refs.documents,
    findExisting: (d) => findIdBy({ collection: 'documents', field: 'slug', payload, value: slugify(d.number) }),
    create: async (d) => {
      const doc = await payload.create({
        collection: 'documents',
        data: {
          ...publishState(d.draft),
          effectiveDate: d.effectiveDate ? vietnamMidnight(d.effectiveDate) : undefined,
          issuedDate: vietnamMidnight(d.issuedDate),
          issuer: d.issuer,
          number: d.number,
          slug: slugify(d.number),
          status: d.status,
          summary: d.summary,
          title: d.title,
          type: d.type,
        },
        draft: d.draft,
        ...seedOptions,
      })
      return doc.id
    },
  })
  await linkReplacements(ctx, documents)
  return result
}
