import { toSearchText } from './vietnamese'

/**
 * The one definition of a searchable word, shared by indexing and querying so
 * both sides agree: tone-folded, lower-case runs of [a-z0-9] ("Đắk Lắk," →
 * "dak", "lak"). Vietnamese writes one syllable per word, so whole-word
 * matching is what readers expect and what an index can answer.
 */
export const foldedWords = (text: string): string[] => toSearchText(text).split(/[^a-z0-9]+/).filter((w) => w.length > 0)

/**
 * Words padded with spaces (" thi dua "), so `contains: " dua "` is a
 * whole-word test with the same meaning on SQLite (LIKE) and MongoDB (regex).
 */
export const wordString = (words: string[]): string => (words.length ? ` ${words.join(' ')} ` : '')

/** True when `word` occurs as a whole word in a `wordString`. */
export const hasWord = (words: string | null | undefined, word: string): boolean => Boolean(words?.includes(` ${word} `))
