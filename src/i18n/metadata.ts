import type { Metadata } from 'next'

import type { FeedLink } from '@/feeds/links'
import { OEMBED_LINK_TYPE, oembedDiscoveryUrl } from '@/lib/oembed'
import { localizePath, siteUrl } from '@/lib/urls/sitePaths'
import type { Locale } from './locales'

type Alternates = NonNullable<Metadata['alternates']>

/**
 * Canonical and hreflang links for a page that exists in both languages
 * (`path` is the Vietnamese path; the English mirror adds /en), plus the
 * `<link rel="alternate" type=…>` discovery links for its feeds and, for
 * embeddable pages, its oEmbed description (`oembed` = the page's title).
 */
export const alternatesFor = (locale: Locale, path: string, { feeds = [], oembed }: { feeds?: FeedLink[]; oembed?: string } = {}): Alternates => {
  const types: Record<string, { title?: string; url: string }[]> = {}
  for (const feed of feeds) types[feed.type] = [...(types[feed.type] ?? []), { title: feed.title, url: feed.url }]
  if (oembed !== undefined) types[OEMBED_LINK_TYPE] = [{ title: oembed, url: oembedDiscoveryUrl(`${siteUrl()}${localizePath(locale, path)}`) }]
  return {
    canonical: localizePath(locale, path),
    languages: { en: localizePath('en', path), vi: path, 'x-default': path },
    ...(Object.keys(types).length ? { types } : {}),
  }
}
