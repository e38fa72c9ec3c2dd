import { foldVietnamese } from '@/lib/text/vietnamese'

export type Segment = { match: boolean; text: string }

/** Folds one character at a time so positions in the folded text match the original. */
const foldPerCharacter = (text: string): { chars: string[]; folded: string } => {
  const chars = [...text]
  const folded = chars.map((ch) => (foldVietnamese(ch).toLowerCase()[0] ?? ch)).join('')
  return { chars, folded }
}

/**
 * Splits text into plain and matched segments for every occurrence of the
 * (already folded) terms, tone-insensitively: "thi dua" marks "thi đua".
 */
export const highlight = (text: string, terms: string[]): Segment[] => {
  const usable = terms.filter((t) => t.length > 0)
  if (!text || usable.length === 0) return [{ match: false, text }]
  const { chars, folded } = foldPerCharacter(text)
  const marked = new Array<boolean>(chars.length).fill(false)
  for (const term of usable) {
    let from = folded.indexOf(term)
    while (from !== -1) {
      for (let i = from; i < from + term.length; i++) marked[i] = true
      from = folded.indexOf(term, from + term.length)
    }
  }
  // Join neighbouring matches ("thi đua") across the single space between them.
  for (let i = 1; i < chars.length - 1; i++) {
    if (!marked[i] && /\s/.test(chars[i]) && marked[i - 1] && marked[i + 1]) marked[i] = true
  }
  const segments: Segment[] = []
  chars.forEach((ch, i) => {
    const last = segments.at(-1)
    if (last && last.match === marked[i]) last.text += ch
    else segments.push({ match: marked[i], text: ch })
  })
  return segments
}

/** A window of about `length` characters around the first match, for result snippets. */
export const snippetAround = (text: string, terms: string[], length = 220): string => {
  if (text.length <= length) return text
  const { folded } = foldPerCharacter(text)
  const first = Math.min(...terms.map((t) => folded.indexOf(t)).filter((i) => i >= 0), Number.POSITIVE_INFINITY)
  const start = Number.isFinite(first) ? Math.max(0, first - Math.floor(length / 3)) : 0
  const slice = [...text].slice(start, start + length).join('')
  return `${start > 0 ? '…' : ''}${slice}${start + length < text.length ? '…' : ''}`
}
