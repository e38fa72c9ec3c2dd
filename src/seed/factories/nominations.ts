import { vietnamMidnight } from '@/lib/dates/format'
import { nominations, type SeedNomination } from '../data/nominations'
import { asRef, findIdBy, resolveOne, seedOptions, type SeedContext, upsertEach } from '../context'

/** 08:00 Vietnam time on the opening day: offices open consultations in working hours. */
const openingOf = (opens: SeedNomination['opens']): string => {
  const day = 'date' in opens ? opens.date : new Date(Date.now() - opens.daysAgo * 86_400_000 + 7 * 3_600_000).toISOString().slice(0, 10)
  return new Date(Date.parse(vietnamMidnight(day)) + 8 * 3_600_000).toISOString()
}

export const seedNominations = async ({ payload, refs }: SeedContext) =>
  upsertEach({
    items: nominations,
    map: new Map(),
    findExisting: (n) => findIdBy({ collection: 'nominations', field: 'slug', payload, value: n.key }),
    create: async (n) => {
      const awardId = n.awardKey ? await findIdBy({ collection: 'awards', field: 'slug', payload, value: n.awardKey }) : undefined
      if (n.awardKey && awardId === undefined) throw new Error(`Seed nomination "${n.key}" refers to unknown award "${n.awardKey}". Fix src/seed/data/nominations.ts.`)
      const doc = await payload.create({
        collection: 'nominations',
        data: {
          achievements: n.achievements,
          decision: awardId === undefined ? undefined : asRef(awardId),
          form: n.form,
          nominee: resolveOne(refs.exemplars, n.exemplarKey, 'exemplar'),
          nomineeKind: n.nomineeKind,
          nomineeName: n.nomineeName,
          nomineeUnit: n.nomineeUnit,
          opensAt: openingOf(n.opens),
          proposingBody: n.proposingBody,
          province: resolveOne(refs.provinces, n.provinceCode, 'province'),
          showOpinionCounts: n.showOpinionCounts ?? false,
          slug: n.key,
          status: n.status,
          title: n.title,
        },
        ...seedOptions,
      })
      // Opinions of a past consultation, so its published counts and the moderators' export have rows.
      for (const opinion of n.opinions ?? []) {
        await payload.create({ collection: 'opinions', data: { ...opinion, nomination: doc.id, reviewed: true }, ...seedOptions })
      }
      return doc.id
    },
  })
