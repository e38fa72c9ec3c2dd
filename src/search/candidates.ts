import type { Payload, Where } from 'payload'

import type { Search } from '@/payload-types'
import { anywhereKey, titleKey } from './tokens'
import { idWindows, latestId } from './windows'

export type SearchLocale = 'vi' | 'en'
export type Candidate = Pick<Search, 'bodyFolded' | 'date' | 'id' | 'kind' | 'summary' | 'summaryFolded' | 'title' | 'titleFolded' | 'url'>

/** How many entries each of the two lookups may return before ranking. */
const CANDIDATES = 300

const word = (term: string) => ` ${term} `
const inTitle = (term: string): Where => ({ titleFolded: { contains: word(term) } })
const anywhere = (term: string): Where => ({ or: (['titleFolded', 'summaryFolded', 'bodyFolded'] as const).map((field): Where => ({ [field]: { contains: word(term) } })) })

type Args = { locale: SearchLocale; payload: Payload }

/**
 * Terms from rarest to commonest within the newest ids (a sample: counting a
 * common word over the whole index costs as much as the search itself).
 */
const byRarity = async ({ locale, payload, terms, window }: Args & { terms: string[]; window: Where }): Promise<string[]> => {
  if (terms.length === 1) return terms
  const counted = await Promise.all(
    terms.map(async (term) => ({
      count: (await payload.count({ collection: 'search', overrideAccess: false, where: { and: [{ tokens: { equals: anywhereKey(locale, term) } }, window] } })).totalDocs,
      term,
    })),
  )
  return counted.sort((a, b) => a.count - b.count).map(({ term }) => term)
}

/**
 * One index lookup: the rarest term's key drives it and the other terms are
 * checked as whole words on the rows it returns. (The SQLite adapter joins a
 * hasMany field once per query, so two `tokens` conditions would have to hold
 * on the same row: one key per lookup is all it can AND.)
 */
const lookup = ({ key, locale, payload, rest, terms: [, ...others], window }: Args & { key: string; rest: (term: string) => Where; terms: string[]; window: Where }) =>
  payload.find({
    collection: 'search',
    depth: 0,
    limit: CANDIDATES,
    locale,
    overrideAccess: false,
    pagination: false,
    select: { bodyFolded: true, date: true, kind: true, summary: true, summaryFolded: true, title: true, titleFolded: true, url: true },
    where: { and: [{ tokens: { equals: key } }, window, ...others.map(rest)] },
  })

type Which = 'anywhere' | 'title'
const KEYS: Record<Which, (locale: string, word: string) => string> = { anywhere: anywhereKey, title: titleKey }
const RESTS: Record<Which, (term: string) => Where> = { anywhere, title: inTitle }

/**
 * The newest entries holding every term as a whole word anywhere, plus
 * (looked up separately, so the cap never pushes them out) those holding
 * every term in their title. Both look back through ever wider id windows
 * until they fill their cap, so a word found in half the index costs a slice
 * of it, and a rare one a few cheap lookups.
 */
export const findCandidates = async ({ locale, payload, terms }: Args & { terms: string[] }): Promise<Candidate[]> => {
  const windows = idWindows(await latestId(payload))
  const ordered = await byRarity({ locale, payload, terms, window: windows[0] })
  const found: Record<Which, Candidate[] | null> = { anywhere: null, title: null }
  for (const window of windows) {
    const open = (['title', 'anywhere'] as const).filter((which) => !found[which] || found[which].length < CANDIDATES)
    if (open.length === 0) break
    const results = await Promise.all(open.map((which) => lookup({ key: KEYS[which](locale, ordered[0]), locale, payload, rest: RESTS[which], terms: ordered, window })))
    // Each window holds the one before, so its result replaces the last.
    open.forEach((which, i) => (found[which] = results[i].docs as Candidate[]))
  }
  return [...new Map([...(found.title ?? []), ...(found.anywhere ?? [])].map((doc) => [doc.id, doc])).values()]
}
