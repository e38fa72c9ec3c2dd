import type { Search } from '@/payload-types'

export type SearchLocale = 'vi' | 'en'
export type Candidate = Pick<Search, 'bodyFolded' | 'date' | 'id' | 'kind' | 'summary' | 'summaryFolded' | 'title' | 'titleFolded' | 'url'>

/** How many entries each of the two lookups may return before ranking. */
export const CANDIDATES = 300

/** A lookup finds entries holding every term anywhere, or every term in the title. */
export type Which = 'anywhere' | 'title'

/** One index lookup: `key` drives it, `others` are checked as whole words; only ids above `after` (null: all). */
export type Lookup = { after: number | null; key: string; others: string[]; which: Which }

/**
 * Where candidates come from. The algorithm (candidates.ts) is the same on
 * every database; a source only answers its three questions, each through
 * the fastest path its database has.
 */
export type CandidateSource = {
  /** Entries holding `key` (above `after`). */
  count: (key: string, after: number | null) => Promise<number>
  /** The newest entry's id (null on an empty index). */
  latestId: () => Promise<number | string | null>
  /** Up to CANDIDATES entries, newest id first. */
  lookup: (lookup: Lookup) => Promise<Candidate[]>
}

/** The words a lookup checks are stored between spaces (see indexedText.ts): ' dua ' never matches 'duan'. */
export const asWord = (term: string) => ` ${term} `
