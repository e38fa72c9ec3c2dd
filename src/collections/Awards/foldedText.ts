import { foldedWords, wordString } from '@/lib/text/words'

/**
 * The folded copies the public register searches (`contains`, the same on
 * SQLite LIKE and MongoDB regex). Each name is space-padded and names are
 * joined by " | ", so "a tran" never matches across "Nguyễn Văn A" and
 * "Trần Thị B", and a query padded with a leading space matches from a word's
 * start ("van" finds "Văn" but not "Hoàn").
 */
export type AwardFolded = { issuerFolded: string; recipientNamesFolded: string }

const SEPARATOR = '|'

export const foldAwardText = ({ issuer, names }: { issuer: null | string | undefined; names: (null | string | undefined)[] }): AwardFolded => {
  const folded = names.map((n) => foldedWords(n ?? '').join(' ')).filter(Boolean)
  return {
    issuerFolded: wordString(foldedWords(issuer ?? '')) || ' ',
    // Never empty: " " marks a row as computed, so the start-up backfill skips it.
    recipientNamesFolded: folded.length ? ` ${folded.join(` ${SEPARATOR} `)} ` : ' ',
  }
}

/** A query as the folded fields spell it: " nguyen van" (word-start, tone-insensitive), or undefined when it has no words. */
export const foldedQuery = (input: string | undefined): string | undefined => {
  const words = foldedWords(input ?? '').slice(0, 12)
  return words.length ? ` ${words.join(' ')}` : undefined
}
