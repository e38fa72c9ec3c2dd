/** Feed files, one per format, under `/feeds/<name>/`. */
export const FEED_FORMATS = { atom: 'atom.xml', json: 'feed.json', rss: 'rss.xml' } as const
export type FeedFormat = keyof typeof FEED_FORMATS

/**
 * `bai-viet` (all articles), `guong-dien-hinh`, `phong-trao`, `chuyen-muc/<column slug>`;
 * `su-kien` (events), filtered as `su-kien/tinh/<province slug>` or
 * `su-kien/phong-trao/<movement slug>`; `lay-y-kien` (nominations open for comment).
 */
export type FeedName =
  | 'bai-viet'
  | 'guong-dien-hinh'
  | 'lay-y-kien'
  | 'phong-trao'
  | 'su-kien'
  | `chuyen-muc/${string}`
  | `su-kien/phong-trao/${string}`
  | `su-kien/tinh/${string}`

export const feedPath = (name: FeedName, format: FeedFormat): string => `/feeds/${name}/${FEED_FORMATS[format]}`
