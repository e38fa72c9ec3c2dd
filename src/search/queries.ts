import { findCandidates, type Candidate, type SearchLocale } from './candidates'
import { searchTerms } from './terms'
import { hasWord } from '@/lib/text/words'
import { cachedRead } from '@/lib/cache/cachedRead'
import { getPayloadClient } from '@/lib/server/payload'

export type SearchHit = { date?: string | null; id: number | string; kind: string; summary: string; title: string; url: string }

export const SEARCH_PAGE_SIZE = 20

/** Title matches outrank summary matches, which outrank body matches. */
const WEIGHTS = { body: 1, summary: 4, title: 10 } as const
const PHRASE_IN_TITLE = 25

const score = (entry: Candidate, terms: string[]): number => {
  let total = 0
  for (const term of terms) {
    if (hasWord(entry.titleFolded, term)) total += WEIGHTS.title
    if (hasWord(entry.summaryFolded, term)) total += WEIGHTS.summary
    if (hasWord(entry.bodyFolded, term)) total += WEIGHTS.body
  }
  if (terms.length > 1 && hasWord(entry.titleFolded, terms.join(' '))) total += PHRASE_IN_TITLE
  return total
}

/**
 * The uncached search (benchmarks call it directly; the site goes through
 * `searchSite`). Whole words, tone- and case-insensitive; every term must
 * occur in the title, summary or body. Counts and totals cover the candidates.
 */
export const searchIndex = async (query: string, kind: string | null, page: number, locale: SearchLocale = 'vi') => {
  const terms = searchTerms(query)
  if (terms.length === 0) return { counts: {} as Record<string, number>, hits: [] as SearchHit[], terms, total: 0 }
  const candidates = await findCandidates({ locale, payload: await getPayloadClient(), terms })
  const ranked = candidates
    .map((entry) => ({ entry, score: score(entry, terms) }))
    .sort((a, b) => b.score - a.score || String(b.entry.date ?? '').localeCompare(String(a.entry.date ?? '')))
  const counts: Record<string, number> = {}
  for (const { entry } of ranked) if (entry.kind) counts[entry.kind] = (counts[entry.kind] ?? 0) + 1
  const filtered = kind ? ranked.filter(({ entry }) => entry.kind === kind) : ranked
  const hits = filtered.slice((page - 1) * SEARCH_PAGE_SIZE, page * SEARCH_PAGE_SIZE).map(({ entry }) => ({
    date: entry.date,
    id: entry.id,
    kind: entry.kind ?? '',
    summary: entry.summary ?? '',
    title: entry.title ?? '',
    url: entry.url ?? '',
  }))
  return { counts, hits, terms, total: filtered.length }
}

/** Cached per query and locale; the search index is rewritten whenever something is published or unpublished. */
export const searchSite = cachedRead('search', ['search'], searchIndex)
