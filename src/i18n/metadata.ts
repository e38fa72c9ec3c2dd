import type { Metadata } from 'next'

import type { FeedLink } from '../feeds/links'
import { localizePath } from '../lib/paths'
import type { Locale } from './locales'

type Alternates = NonNullable<Metadata['alternates']>

/**
 * Canonical and hreflang links for a page that exists in both languages
 * (`path` is the Vietnamese path; the English mirror adds /en), plus the
 * `<link rel="alternate" type=…>` discovery links for its feeds.
 */
export const alternatesFor = (locale: Locale, path: string, { feeds = [] }: { feeds?: FeedLink[] } = {}): Alternates => {
  const types: NonNullable<Alternates['types']> = {}
  for (const feed of feeds) types[feed.type] = [...((types[feed.type] as { title?: string; url: string }[] | undefined) ?? []), { title: feed.title, url: feed.url }]
  return {
    canonical: localizePath(locale, path),
    languages: { en: localizePath('en', path), vi: path, 'x-default': path },
    ...(feeds.length ? { types } : {}),
  }
}
