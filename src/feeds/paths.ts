/** Feed files, one per format, under `/feeds/<name>/`. */
export const FEED_FORMATS = { atom: 'atom.xml', json: 'feed.json', rss: 'rss.xml' } as const
export type FeedFormat = keyof typeof FEED_FORMATS

/** `bai-viet` (all articles), `guong-dien-hinh`, `phong-trao`, or `chuyen-muc/<column slug>`. */
export type FeedName = 'bai-viet' | 'guong-dien-hinh' | 'phong-trao' | `chuyen-muc/${string}`

export const feedPath = (name: FeedName, format: FeedFormat): string => `/feeds/${name}/${FEED_FORMATS[format]}`
