import { foldedWords } from '@/lib/text/words'

import type { ColumnSpec } from '@/import/types'

/** What a file's header row means: a column key (or null) for each file column, and what did not fit. */
export type HeaderMatch = {
  /** For each file column index, the key of the column it fills, or null (blank or ignored). */
  keys: (string | null)[]
  /** Non-blank header texts that match no column, as written in the file. */
  ignored: string[]
  /** Required columns no header matched. */
  missing: ColumnSpec[]
  /** Keys that two or more file columns claim, with the headers as written: an error, the reader cannot choose. */
  duplicates: { key: string; headers: string[] }[]
}

/** Headers compared without case, tones, "đ", punctuation or spacing: "Số QĐ:" → "so qd". */
export const foldHeader = (text: string): string => foldedWords(text).join(' ')

/**
 * A header longer than every alias still matches when it begins with a long
 * alias ("Số quyết định khen thưởng" → "Số quyết định"). Short aliases like
 * "Đơn vị" are kept exact: "Đơn vị đề nghị" is a different column.
 */
const MIN_PREFIX_WORDS = 3

type Candidate = { key: string; folded: string }

const candidatesOf = (columns: ColumnSpec[]): Candidate[] =>
  columns.flatMap((c) => [c.header, ...c.aliases].map((text) => ({ folded: foldHeader(text), key: c.key })))

const keyForHeader = ({ folded, candidates }: { folded: string; candidates: Candidate[] }): string | null => {
  const exact = candidates.find((c) => c.folded === folded)
  if (exact) return exact.key
  const prefixes = candidates
    .filter((c) => c.folded.split(' ').length >= MIN_PREFIX_WORDS && folded.startsWith(`${c.folded} `))
    .sort((a, b) => b.folded.length - a.folded.length)
  return prefixes[0]?.key ?? null
}

/** Maps a header row onto the kind's columns. */
export const matchHeaders = ({ headers, columns }: { headers: string[]; columns: ColumnSpec[] }): HeaderMatch => {
  const candidates = candidatesOf(columns)
  const ignored: string[] = []
  const keys = headers.map((header) => {
    const folded = foldHeader(header)
    if (!folded) return null
    const key = keyForHeader({ candidates, folded })
    if (!key) ignored.push(header.trim())
    return key
  })
  const byKey = new Map<string, string[]>()
  keys.forEach((key, index) => {
    if (key) byKey.set(key, [...(byKey.get(key) ?? []), headers[index].trim()])
  })
  const duplicates = [...byKey].filter(([, found]) => found.length > 1).map(([key, found]) => ({ headers: found, key }))
  const missing = columns.filter((c) => c.required && !byKey.has(c.key))
  return { duplicates, ignored, keys, missing }
}
