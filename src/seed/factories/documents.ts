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
  const replaced = items.flatMap((d) => {
    const id = d.replacedByKey ? refs.documents.get(d.key) : undefined
    return id === undefined ? [] : [{ d, id }]
  })
  if (replaced.length === 0) return
  const { docs } = await payload.find({ collection: 'documents', depth: 0, draft: true, limit: replaced.length, overrideAccess: true, pagination: false, select: { replacedBy: true }, where: { id: { in: replaced.map((r) => r.id) } } })
  const unlinked = new Set(docs.filter((doc) => !doc.replacedBy).map((doc) => String(doc.id)))
  for (const { d, id } of replaced) {
    if (!unlinked.has(String(id))) continue
    const replacedBy = resolveOne(refs.documents, d.replacedByKey, 'document')
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
