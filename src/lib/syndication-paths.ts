/**
 * Where syndicated copies live. Embeds mirror the site's paths under /embed
 * (`/guong-dien-hinh/x` → `/embed/guong-dien-hinh/x`), so any public URL maps
 * to its embed by one rule (oEmbed relies on it).
 */
export const FEED_FORMATS = { atom: 'atom.xml', json: 'feed.json', rss: 'rss.xml' } as const
export type FeedFormat = keyof typeof FEED_FORMATS

/** `bai-viet` (all articles), `guong-dien-hinh`, `phong-trao`, or `chuyen-muc/<column slug>`. */
export type FeedName = 'bai-viet' | 'guong-dien-hinh' | 'phong-trao' | `chuyen-muc/${string}`

export const feedPath = (name: FeedName, format: FeedFormat): string => `/feeds/${name}/${FEED_FORMATS[format]}`

export const embedPathFor = (sitePath: string): string => `/embed${sitePath}`

export const EMBED_SCRIPT_PATH = '/embed.js'
