import { foldedWords, wordString } from '@/lib/text/words'

export type IndexedText = { bodyFolded: string; summaryFolded: string; titleFolded: string }

/**
 * The folded copies a search entry stores per locale. Title and summary keep
 * word order (the title's for the phrase bonus); the body only has to answer
 * "does this word occur", so it keeps each word once.
 */
export const indexedText = ({ body, summary, title }: { body: string; summary: string; title: string }): IndexedText => ({
  bodyFolded: wordString([...new Set(foldedWords(body))]),
  summaryFolded: wordString(foldedWords(summary)),
  titleFolded: wordString(foldedWords(title)),
})
