import type { TypedLink } from '@/lib/seo/alternates'
import { siteUrl } from '@/lib/urls/sitePaths'
import { feedPath, type FeedFormat, type FeedName } from './paths'
import { FEED_FORMAT_LABELS, FEED_MEDIA_TYPES } from './formats'

/** RSS first: the format most readers and newsroom tools look for. */
const ORDER: FeedFormat[] = ['rss', 'atom', 'json']

/**
 * A page's feeds, one per format, for `<link rel="alternate">` in its
 * metadata (`alternates.types` in Next). `title` names what the feed
 * carries, e.g. the column's name. Light on purpose: pages import it, so it
 * must not pull in the feed generator.
 */
export const feedLinksFor = ({ name, title }: { name: FeedName; title: string }): TypedLink[] =>
  ORDER.map((format) => ({
    title: `${title} (${FEED_FORMAT_LABELS[format]})`,
    type: FEED_MEDIA_TYPES[format],
    url: `${siteUrl()}${feedPath(name, format)}`,
  }))
