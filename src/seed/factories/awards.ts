import { awards } from '../data/awards'
import { vietnamMidnight } from '@/lib/dates/format'
import { findIdBy, publishState, resolve, resolveOne, seedOptions, type SeedContext, upsertEach } from '../context'

export const seedAwards = async ({ payload, refs }: SeedContext) =>
  upsertEach({
    items: awards,
    map: refs.awards,
    findExisting: (a) => findIdBy({ collection: 'awards', field: 'slug', payload, value: a.key }),
    create: async (a) => {
      const doc = await payload.create({
        collection: 'awards',
        data: {
          ...publishState(a.draft),
          awardTitle: a.title,
          decisionDate: vietnamMidnight(a.decisionDate),
          decisionNumber: a.decisionNumber,
          form: a.form,
          issuer: a.issuer,
          movement: resolveOne(refs.movements, a.movementKey, 'movement'),
          otherRecipients: a.otherRecipients,
          province: resolveOne(refs.provinces, a.provinceCode, 'province'),
          reason: a.reason,
          recipients: resolve(refs.exemplars, a.exemplarKeys, 'exemplar'),
          sector: resolveOne(refs.sectors, a.sectorKey, 'sector'),
          slug: a.key,
          year: a.year,
        },
        draft: a.draft,
        ...seedOptions,
      })
      return doc.id
    },
  })
