import type { Locale } from '../../i18n/locales'
import type { Where } from 'payload'

import { searchTerms } from '../../search/terms'
import { cachedRead } from './cached'
import { getPayloadClient } from './payload'

export type SearchHit = { date?: string | null; id: number | string; kind: string; summary: string; title: string; url: string }

const CANDIDATES = 300
export const SEARCH_PAGE_SIZE = 20

/** Title matches outrank summary matches, which outrank body matches. */
const WEIGHTS = { body: 1, summary: 4, title: 10 } as const
const PHRASE_IN_TITLE = 25

type Entry = SearchHit & { bodyFolded?: string | null; summaryFolded?: string | null; titleFolded?: string | null }

const score = (entry: Entry, terms: string[]): number => {
  let total = 0
  for (const term of terms) {
    if (entry.titleFolded?.includes(term)) total += WEIGHTS.title
    if (entry.summaryFolded?.includes(term)) total += WEIGHTS.summary
    if (entry.bodyFolded?.includes(term)) total += WEIGHTS.body
  }
  if (terms.length > 1 && entry.titleFolded?.includes(terms.join(' '))) total += PHRASE_IN_TITLE
  return total
}

/** The uncached search (benchmarks call it directly; the site goes through `searchSite`). */
export const searchIndex = async (query: string, kind: string | null, page: number, locale: Locale = 'vi') => {
  const terms = searchTerms(query)
  if (terms.length === 0) return { counts: {} as Record<string, number>, hits: [] as SearchHit[], terms, total: 0 }
  const payload = await getPayloadClient()
  // Every term must appear somewhere in the document (title, summary or body).
  const where: Where = {
    and: terms.map((term): Where => ({ or: (['titleFolded', 'summaryFolded', 'bodyFolded'] as const).map((field): Where => ({ [field]: { like: term } })) })),
  }
  const find = (where: Where) =>
    payload.find({
      collection: 'search',
      depth: 0,
      limit: CANDIDATES,
      locale,
      overrideAccess: false,
      pagination: false,
      select: { bodyFolded: true, date: true, kind: true, summary: true, summaryFolded: true, title: true, titleFolded: true, url: true },
      where,
    })
  // Candidates are bounded; asking for title matches separately keeps the best
  // hits in the set even when thousands of bodies mention the words.
  const titleWhere: Where = { and: terms.map((term): Where => ({ titleFolded: { like: term } })) }
  const [inTitle, anywhere] = await Promise.all([find(titleWhere), find(where)])
  const byId = new Map([...inTitle.docs, ...anywhere.docs].map((d) => [d.id, d]))
  const docs = [...byId.values()]
  const ranked = (docs as unknown as Entry[])
    .map((entry) => ({ entry, score: score(entry, terms) }))
    .sort((a, b) => b.score - a.score || String(b.entry.date ?? '').localeCompare(String(a.entry.date ?? '')))
  const counts: Record<string, number> = {}
  for (const { entry } of ranked) counts[entry.kind] = (counts[entry.kind] ?? 0) + 1
  const filtered = kind ? ranked.filter(({ entry }) => entry.kind === kind) : ranked
  const hits = filtered.slice((page - 1) * SEARCH_PAGE_SIZE, page * SEARCH_PAGE_SIZE).map(({ entry }) => ({
    date: entry.date,
    id: entry.id,
    kind: entry.kind,
    summary: entry.summary ?? '',
    title: entry.title,
    url: entry.url,
  }))
  return { counts, hits, terms, total: filtered.length }
}

/** Cached per query; the search index is rewritten whenever something is published or unpublished. */
export const searchSite = cachedRead('search', ['search'], searchIndex)
