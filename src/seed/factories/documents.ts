import { documents } from '../data/documents'
import { vietnamMidnight } from '@/lib/dates/format'
import { findIdBy, publishState, seedOptions, type SeedContext, upsertEach } from '../context'
import { slugify } from '@/lib/text/vietnamese'

export const seedDocuments = ({ payload, refs }: SeedContext) =>
  upsertEach({
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
