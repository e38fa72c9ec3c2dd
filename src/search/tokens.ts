import { foldedWords } from '@/lib/text/words'
import { indexedText } from './indexedText'

/**
 * Keys of the inverted index (`tokens`, one indexed hasMany text field):
 * "vi:dua" for a word anywhere in the entry, "vi:title:dua" for a word in its
 * title. The locale lives in the key rather than in a localized field because
 * the SQLite adapter (3.90) builds invalid SQL for queries on a localized
 * hasMany field, and because all keys share one database index: separate
 * fields would make every title lookup wade through the body's rows.
 */
export const anywhereKey = (locale: string, word: string): string => `${locale}:${word}`
export const titleKey = (locale: string, word: string): string => `${locale}:title:${word}`

const ownedBy = (locale: string) => (key: string) => key.startsWith(`${locale}:`)

type Folded = { bodyFolded?: string | null; summaryFolded?: string | null; titleFolded?: string | null }

/** This locale's keys, derived from the entry's folded copies (which already hold whole words). */
export const localeTokens = (locale: string, { bodyFolded, summaryFolded, titleFolded }: Folded): string[] => {
  const title = foldedWords(titleFolded ?? '')
  const anywhere = new Set([...title, ...foldedWords(summaryFolded ?? ''), ...foldedWords(bodyFolded ?? '')])
  return [...new Set(title)].map((w) => titleKey(locale, w)).concat([...anywhere].map((w) => anywhereKey(locale, w)))
}

/** Replaces one locale's keys, keeping those the other locales wrote. */
export const mergeTokens = ({ locale, next, previous }: { locale: string; next: string[]; previous: readonly string[] | null | undefined }): string[] => [
  ...(previous ?? []).filter((key) => !ownedBy(locale)(key)),
  ...next,
]

/**
 * Everything the index stores for one locale's text, for writers that bypass
 * the collection hooks (the benchmark and tests write through the adapter).
 */
export const indexFields = (locale: string, text: { body: string; summary: string; title: string }) => {
  const folded = indexedText(text)
  return { folded, tokens: localeTokens(locale, folded) }
}
