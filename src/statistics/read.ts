import type { Payload, Where } from 'payload'

import { publishedOnly } from '@/access/roles'
import type { StatSelection } from './aggregate'
import { type AwardFactsRow, type ExemplarFacts, toExemplarFacts } from './facts'

/** Decisions per query: large enough that 100 000 take a handful of queries, small enough that each batch's rows die young. */
export const AWARD_BATCH = 25_000

export const AWARD_FACT_FIELDS = { form: true, movement: true, province: true, sector: true, statFacts: true, year: true } as const

/**
 * Published decisions only: the same condition the read access rule gives an
 * anonymous reader (`publishedOnly`, src/access/roles.ts), so a draft is
 * never counted.
 */
export const awardsWhere = (s: StatSelection): Where => {
  const and: Where[] = [publishedOnly]
  if (s.from !== undefined) and.push({ year: { greater_than_equal: s.from } })
  if (s.to !== undefined) and.push({ year: { less_than_equal: s.to } })
  if (s.form) and.push({ form: { equals: s.form } })
  if (s.province !== undefined) and.push({ province: { equals: s.province } })
  if (s.sector !== undefined) and.push({ sector: { equals: s.sector } })
  if (s.movement !== undefined) and.push({ movement: { equals: s.movement } })
  return { and }
}

/**
 * Walks the published decisions of a selection as flat rows (six fields, no
 * relationships populated), in id order, a batch at a time.
 *
 * Through the adapter (`payload.db.find`), the same call on SQLite,
 * PostgreSQL and MongoDB, rather than `payload.find`: for 100 000 decisions
 * on SQLite the Local API spent about twice the adapter's own time again in
 * per-document afterRead work (field hooks, select stripping, population
 * checks) that changes nothing for these six fields (bench/statistics.ts
 * prints both). Skipping it skips access control too, hence the explicit
 * published-only condition above.
 */
export const eachAwardBatch = async ({ onBatch, payload, selection }: { onBatch: (rows: AwardFactsRow[]) => void; payload: Payload; selection: StatSelection }): Promise<void> => {
  const where = awardsWhere(selection)
  let after: number | string | undefined
  for (;;) {
    const { docs } = await payload.db.find<AwardFactsRow & { id: number | string }>({
      collection: 'awards',
      limit: AWARD_BATCH,
      pagination: false,
      select: AWARD_FACT_FIELDS,
      sort: 'id',
      where: after === undefined ? where : { and: [where, { id: { greater_than: after } }] },
    })
    onBatch(docs)
    if (docs.length < AWARD_BATCH) return
    after = docs[docs.length - 1].id
  }
}

export const EXEMPLAR_FACT_FIELDS = { flags: true, kind: true, province: true, relatedMovements: true, sector: true, stage: true, yearRecognized: true } as const

/** Every published exemplar profile's facts (thousands of rows, one query; selecting fields leaves out the `awards` join). */
export const readExemplarFacts = async ({ payload }: { payload: Payload }): Promise<ExemplarFacts[]> => {
  const { docs } = await payload.db.find<Parameters<typeof toExemplarFacts>[0]>({ collection: 'exemplars', limit: 0, pagination: false, select: EXEMPLAR_FACT_FIELDS, where: publishedOnly })
  return docs.map(toExemplarFacts)
}
