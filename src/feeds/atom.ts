import type { FeedDocument } from './model'

/** `feed` writes the root element exactly like this (feed@6 src/atom1.ts). */
const ATOM_ROOT = '<feed xmlns="http://www.w3.org/2005/Atom">'

/** The URL as `feed` writes it into attributes: normalised, `&` escaped. */
const asWritten = (url: string) => new URL(url).toString().replace(/&/g, '&amp;')

/**
 * Two things `feed`'s Atom output lacks: the language (Atom has no element
 * for it, only `xml:lang`), and true enclosure types — it guesses
 * `image/<extension>` from the URL, which says `image/jpg` for a JPEG.
 */
export const finishAtom = (xml: string, doc: FeedDocument, language: string): string => {
  if (!xml.includes(ATOM_ROOT)) throw new Error('feed: unexpected Atom root element; check finishAtom against the library version')
  let out = xml.replace(ATOM_ROOT, `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${language}">`)
  for (const { image } of doc.entries) {
    if (!image) continue
    const href = asWritten(image.url)
    const guessed = `image/${new URL(image.url).pathname.split('.').pop()}`
    if (guessed !== image.mimeType) out = out.split(`href="${href}" type="${guessed}"`).join(`href="${href}" type="${image.mimeType}"`)
  }
  return out
}
