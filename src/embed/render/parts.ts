import { formatDate } from '@/lib/dates/format'
import { isMedia } from '@/lib/media/images'
import { html, type SafeHtml } from '../html'
import type { EmbedWords } from '../words'

/** Every link leaves the frame for our site, in a new tab. */
export const link = (href: string, text: string | SafeHtml): SafeHtml => html`<a href="${href}" target="_blank" rel="noopener">${text}</a>`

/**
 * One generated size of an image, from our own origin: the URL stays
 * relative to the embed page, which is what its CSP (`img-src 'self'`) allows.
 */
export const image = (media: unknown, size: 'card' | 'feature' | 'thumbnail'): SafeHtml | '' => {
  if (!isMedia(media)) return ''
  const file = media.sizes?.[size]?.url ? media.sizes[size] : media
  if (!file?.url) return ''
  return html`<img src="${file.url}" alt="${media.alt ?? ''}" width="${file.width ?? ''}" height="${file.height ?? ''}" loading="lazy">`
}

/** A figure with the caption and credit that republishing an image requires. */
export const figure = (media: unknown, size: 'card' | 'feature'): SafeHtml | '' => {
  const img = image(media, size)
  if (!img || !isMedia(media)) return ''
  const caption = [media.caption, media.credit].filter(Boolean).join(' · ')
  return html`<figure>${img}${caption ? html`<figcaption>${caption}</figcaption>` : ''}</figure>`
}

/** The Vietnamese original shown under an English embed is marked as such, for readers and screen readers. */
export const langOf = (translated: boolean): SafeHtml | '' => (translated ? '' : html` lang="vi"`)

export const untranslatedNote = (translated: boolean, words: EmbedWords): SafeHtml | '' => (translated ? '' : html`<p class="note">${words.untranslated}</p>`)

/** The attribution line: where the content comes from, with its canonical link. */
export const attribution = ({ canonical, extra, siteName, words }: { canonical: string; extra?: (string | null | undefined)[]; siteName: string; words: EmbedWords }): SafeHtml =>
  html`<p class="src">${words.source} ${link(canonical, siteName)}${(extra ?? []).filter(Boolean).map((line) => html`<br>${line}`)}</p>`

export const dateLine = (value: string | null | undefined, byline?: string | null): SafeHtml | '' => {
  const parts = [formatDate(value), byline].filter(Boolean)
  return parts.length > 0 ? html`<p class="meta">${parts.join(' · ')}</p>` : ''
}
