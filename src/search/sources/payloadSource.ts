import type { Payload, Where } from 'payload'

import { asWord, CANDIDATES, type Candidate, type CandidateSource, type SearchLocale, type Which } from './types'

const inTitle = (term: string): Where => ({ titleFolded: { contains: asWord(term) } })
const anywhere = (term: string): Where => ({
  or: (['titleFolded', 'summaryFolded', 'bodyFolded'] as const).map((field): Where => ({ [field]: { contains: asWord(term) } })),
})
const RESTS: Record<Which, (term: string) => Where> = { anywhere, title: inTitle }

/**
 * The id range as a condition. SQLite carries `id > n` into the (text,
 * parent_id) index of the tokens table (see sqliteIndexes.ts), so a lookup
 * reads only the range's rows.
 */
const above = (after: number | null): Where => (after === null ? {} : { id: { greater_than: after } })

/**
 * Candidates through the Local API: SQLite and MongoDB. (The SQLite adapter
 * joins a hasMany field once per query, so two `tokens` conditions would have
 * to hold on the same row: one key per lookup is all it can AND.)
 */
export const payloadSource = (payload: Payload, locale: SearchLocale): CandidateSource => ({
  count: async (key, after) =>
    (await payload.count({ collection: 'search', overrideAccess: false, where: { and: [{ tokens: { equals: key } }, above(after)] } })).totalDocs,
  latestId: async () => {
    const { docs } = await payload.find({ collection: 'search', depth: 0, limit: 1, overrideAccess: false, pagination: false, select: { kind: true }, sort: '-id' })
    return docs[0]?.id ?? null
  },
  lookup: async ({ after, key, others, which }) => {
    const { docs } = await payload.find({
      collection: 'search',
      depth: 0,
      limit: CANDIDATES,
      locale,
      overrideAccess: false,
      pagination: false,
      select: { bodyFolded: true, date: true, kind: true, summary: true, summaryFolded: true, title: true, titleFolded: true, url: true },
      // Newest first by id (ids grow with creation): an order the term index and the primary key can stream.
      sort: '-id',
      where: { and: [{ tokens: { equals: key } }, above(after), ...others.map(RESTS[which])] },
    })
    return docs as Candidate[]
  },
})
