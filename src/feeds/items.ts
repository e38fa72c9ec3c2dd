import { dictionary } from '@/i18n'
import { escapeHtml } from '@/lib/html/escape'
import { siteUrl } from '@/lib/urls/sitePaths'
import type { Media } from '@/payload-types'
import type { FeedImage } from './model'

const words = dictionary('vi')

/** Payload stores upload URLs relative to the site; feeds are read elsewhere. */
export const absoluteUrl = (url: string): string => (/^https?:\/\//.test(url) ? url : `${siteUrl()}${url.startsWith('/') ? '' : '/'}${url}`)

/**
 * A `tag:` URI (RFC 4151) from the document's id, not its URL: slugs are
 * editable, and a changed id would make every reader show the item again as
 * new. The date is fixed for the same reason.
 */
export const entryId = (collection: string, id: number | string): string => `tag:${new URL(siteUrl()).hostname},2026:${collection}/${id}`

/** The byline, or the editorial board when a piece is unsigned. */
export const authorsOf = (byline?: string | null): string[] => [byline?.trim() || words.columns.editorialBoard]

/**
 * Category labels without angle brackets (the `feed` library writes Atom
 * category attributes without escaping `<`, which would break the XML),
 * trimmed, empty and repeated ones dropped.
 */
export const categoriesOf = (labels: (string | null | undefined)[]): string[] => [
  ...new Set(labels.map((label) => (label ?? '').replace(/[<>]/g, '').replace(/\s+/g, ' ').trim()).filter(Boolean)),
]

/** Text fields shown as a paragraph in HTML content. */
export const paragraph = (text?: string | null): string => (text?.trim() ? `<p>${escapeHtml(text.trim())}</p>` : '')

/** A titled list in HTML content; nothing when the list is empty. */
export const htmlList = (heading: string, lines: string[]): string =>
  lines.length ? `<h2>${escapeHtml(heading)}</h2><ul>${lines.map((line) => `<li>${escapeHtml(line)}</li>`).join('')}</ul>` : ''

const isMediaDoc = (value: unknown): value is Media => typeof value === 'object' && value !== null && 'url' in value

/** Variants in order of preference: the large WebP, then the card, then the upload itself. */
const VARIANTS = ['feature', 'card'] as const

/**
 * The image as one exact file: the variant's own URL, byte size and MIME
 * type, so the enclosure's `length` matches what a reader downloads.
 */
export const imageOf = (value: unknown): FeedImage | undefined => {
  if (!isMediaDoc(value)) return undefined
  const variant = VARIANTS.map((name) => value.sizes?.[name]).find((size) => size?.url && size.filesize && size.mimeType) ?? value
  if (!variant.url || !variant.filesize || !variant.mimeType) return undefined
  const title = [value.alt, value.credit ? `${words.common.photoCredit} ${value.credit}` : ''].filter(Boolean).join(' – ')
  return { length: variant.filesize, mimeType: variant.mimeType, title, url: absoluteUrl(variant.url) }
}

/** The latest of the ISO dates given (any may be missing); the epoch when there is none. */
export const laterOf = (...dates: (string | null | undefined)[]): string =>
  dates.filter((d): d is string => Boolean(d)).reduce((latest, d) => (Date.parse(d) > Date.parse(latest) ? d : latest), new Date(0).toISOString())
