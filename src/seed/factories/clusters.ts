import type { EmulationCluster } from '@/payload-types'
import { clusters, type SeedCluster } from '../data/clusters'
import { findIdBy, publishState, resolveOne, seedOptions, type SeedContext, upsertEach } from '../context'

type Years = NonNullable<EmulationCluster['years']>

const years = (cluster: SeedCluster): Years =>
  cluster.years.map((y) => ({
    awardNote: y.awardNote,
    criteria: y.criteria.map(({ code, maxPoints, name, weight }) => ({ code, maxPoints, name, weight })),
    deputyUnit: y.deputyUnit,
    leadingUnit: y.leadingUnit,
    results: Object.entries(y.scores).map(([member, [points, adjustment]]) => ({
      adjustment: adjustment ?? 0,
      member,
      scores: points.map((p, i) => ({ criterion: y.criteria[i].code, points: p })),
    })),
    year: y.year,
  }))

/** The English texts on the rows just created (ids kept, so they land beside the Vietnamese). */
const englishYears = (cluster: SeedCluster, stored: Years): Years =>
  stored.map((y, i) => ({
    ...y,
    awardNote: cluster.years[i].awardNoteEn ?? y.awardNote,
    criteria: (y.criteria ?? []).map((c, j) => ({ ...c, name: cluster.years[i].criteria[j].nameEn })),
  }))

/** Two clusters of provinces and two blocks of (fictional) units, two scored years each, published, with English names. */
export const seedClusters = ({ payload, refs }: SeedContext) =>
  upsertEach({
    items: clusters,
    map: new Map(),
    findExisting: (c) => findIdBy({ collection: 'emulation-clusters', field: 'slug', payload, value: c.key }),
    create: async (c) => {
      const doc = await payload.create({
        collection: 'emulation-clusters',
        data: {
          ...publishState(),
          kind: c.kind,
          level: c.level,
          members: c.members.map((m) => ({ name: m.name, province: resolveOne(refs.provinces, m.provinceCode, 'province'), sector: resolveOne(refs.sectors, m.sectorKey, 'sector') })),
          name: c.name,
          slug: c.key,
          summary: c.summary,
          years: years(c),
        },
        depth: 0,
        locale: 'vi',
        ...seedOptions,
      })
      await payload.update({
        collection: 'emulation-clusters',
        data: { ...publishState(), name: c.nameEn, summary: c.summaryEn, years: englishYears(c, doc.years ?? []) },
        depth: 0,
        id: doc.id,
        locale: 'en',
        ...seedOptions,
      })
      return doc.id
    },
  })
