import { FEED_FORMATS, type FeedFormat, type FeedName } from './paths'

/** Media types readers and browsers expect per format (RFC 4287, the RSS board, JSON Feed 1.1). */
export const FEED_MEDIA_TYPES: Record<FeedFormat, string> = {
  atom: 'application/atom+xml',
  json: 'application/feed+json',
  rss: 'application/rss+xml',
}

export const FEED_FORMAT_LABELS: Record<FeedFormat, string> = { atom: 'Atom', json: 'JSON Feed', rss: 'RSS' }

const FORMAT_BY_FILE = new Map<string, FeedFormat>(Object.entries(FEED_FORMATS).map(([format, file]) => [file, format as FeedFormat]))

/** Slugs are generated (src/fields/slug.ts), so anything else cannot be a column. */
const SLUG = /^[a-z0-9-]{1,200}$/
const SITE_FEEDS = new Set<string>(['bai-viet', 'guong-dien-hinh', 'lay-y-kien', 'phong-trao', 'su-kien'])
/** How the events feed is narrowed: `su-kien/tinh/<slug>`, `su-kien/phong-trao/<slug>`. */
const EVENT_FILTERS = new Set<string>(['phong-trao', 'tinh'])

/**
 * `/feeds/<name>/<file>` segments → which feed in which format; `null` for
 * anything else, which the route answers with 404 before touching the database.
 */
export const parseFeedPath = (segments: readonly string[]): { format: FeedFormat; name: FeedName } | null => {
  const format = FORMAT_BY_FILE.get(segments.at(-1) ?? '')
  const name = segments.slice(0, -1)
  if (!format) return null
  if (name.length === 1 && SITE_FEEDS.has(name[0])) return { format, name: name[0] as FeedName }
  if (name.length === 2 && name[0] === 'chuyen-muc' && SLUG.test(name[1])) return { format, name: `chuyen-muc/${name[1]}` }
  if (name.length === 3 && name[0] === 'su-kien' && EVENT_FILTERS.has(name[1]) && SLUG.test(name[2])) return { format, name: `su-kien/${name[1] as 'phong-trao' | 'tinh'}/${name[2]}` }
  return null
}
