import { foldedWords } from '@/lib/text/words'

const MAX_QUERY_LENGTH = 200
const MAX_TERMS = 8

/**
 * Turns what a reader typed into folded search terms: tones and case removed,
 * only letters and digits kept (so regex or LIKE metacharacters mean nothing),
 * bounded in length and count whatever was sent.
 */
export const searchTerms = (query: string | null | undefined): string[] => {
  if (!query) return []
  return [...new Set(foldedWords(query.slice(0, MAX_QUERY_LENGTH)))].slice(0, MAX_TERMS)
}
