import type { Metadata } from 'next'

import type { Locale } from '@/i18n/locales'
import { localizePath } from '@/lib/urls/sitePaths'

type Alternates = NonNullable<Metadata['alternates']>

/** A `<link rel="alternate" type=…>` discovery link: a feed, an oEmbed description. */
export type TypedLink = { title?: string; type: string; url: string }

/**
 * Canonical and hreflang links for a page that exists in both languages
 * (`path` is the Vietnamese path; the English mirror adds /en), plus its
 * discovery `links` (the feeds' `feedLinksFor`, the embeds' `oembedLinkFor`).
 */
export const alternatesFor = (locale: Locale, path: string, { links = [] }: { links?: TypedLink[] } = {}): Alternates => {
  const types: Record<string, { title?: string; url: string }[]> = {}
  for (const link of links) types[link.type] = [...(types[link.type] ?? []), { title: link.title, url: link.url }]
  return {
    canonical: localizePath(locale, path),
    languages: { en: localizePath('en', path), vi: path, 'x-default': path },
    ...(Object.keys(types).length ? { types } : {}),
  }
}
