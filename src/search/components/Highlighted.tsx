import { highlight } from '../highlight'

/** Text with the matched words in <mark>. */
export const Highlighted = ({ terms, text }: { terms: string[]; text: string }) => (
  <>
    {highlight(text, terms).map((segment, i) => (segment.match ? <mark key={i}>{segment.text}</mark> : <span key={i}>{segment.text}</span>))}
  </>
)
