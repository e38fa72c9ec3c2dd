import type { Payload } from 'payload'

import { postgresAdapterOf } from '@/lib/database/postgresReader'
import { payloadSource } from './sources/payloadSource'
import { postgresSource } from './sources/postgresSource'
import { CANDIDATES, type Candidate, type CandidateSource, type SearchLocale, type Which } from './sources/types'
import { anywhereKey, titleKey } from './tokens'
import { idLowerBounds } from './windows'

export type { Candidate, SearchLocale } from './sources/types'

const KEYS: Record<Which, (locale: string, word: string) => string> = { anywhere: anywhereKey, title: titleKey }

/** PostgreSQL answers in SQL of its own; SQLite and MongoDB through the Local API. */
export const candidateSource = (payload: Payload, locale: SearchLocale): CandidateSource => {
  const postgres = postgresAdapterOf(payload)
  return postgres ? postgresSource(postgres, locale) : payloadSource(payload, locale)
}

/**
 * Terms from rarest to commonest within the newest ids (a sample: counting a
 * common word over the whole index costs as much as the search itself).
 */
const byRarity = async ({ after, locale, source, terms }: { after: number | null; locale: SearchLocale; source: CandidateSource; terms: string[] }) => {
  if (terms.length === 1) return terms
  const counted = await Promise.all(terms.map(async (term) => ({ count: await source.count(anywhereKey(locale, term), after), term })))
  return counted.sort((a, b) => a.count - b.count).map(({ term }) => term)
}

/**
 * The newest entries holding every term as a whole word anywhere, plus
 * (looked up separately, so the cap never pushes them out) those holding
 * every term in their title. The rarest term's key drives each lookup and the
 * other terms are checked on the rows it returns. Both look back through ever
 * wider id windows until they fill their cap, so a word found in half the
 * index costs a slice of it, and a rare one a few cheap lookups.
 */
export const findCandidates = async ({ locale, payload, source = candidateSource(payload, locale), terms }: { locale: SearchLocale; payload: Payload; source?: CandidateSource; terms: string[] }): Promise<Candidate[]> => {
  const bounds = idLowerBounds(await source.latestId())
  const [first, ...others] = await byRarity({ after: bounds[0], locale, source, terms })
  const found: Record<Which, Candidate[] | null> = { anywhere: null, title: null }
  for (const after of bounds) {
    const open = (['title', 'anywhere'] as const).filter((which) => !found[which] || found[which].length < CANDIDATES)
    if (open.length === 0) break
    const results = await Promise.all(open.map((which) => source.lookup({ after, key: KEYS[which](locale, first), others, which })))
    // Each window holds the one before, so its result replaces the last.
    open.forEach((which, i) => (found[which] = results[i]))
  }
  return [...new Map([...(found.title ?? []), ...(found.anywhere ?? [])].map((doc) => [doc.id, doc])).values()]
}
