import type { Locale } from '@/i18n/locales'
import type { TypedLink } from '@/lib/seo/alternates'
import { localizePath, siteUrl } from '@/lib/urls/sitePaths'

/**
 * Embeds mirror the site's paths under /embed (`/guong-dien-hinh/x` →
 * `/embed/guong-dien-hinh/x`), so any public URL maps to its embed by one rule
 * (oEmbed relies on it).
 */
export const embedPathFor = (sitePath: string): string => `/embed${sitePath}`

export const EMBED_SCRIPT_PATH = '/embed.js'

/** A Next route beside Payload's /api catch-all (src/app/api/oembed/route.ts). */
export const OEMBED_PATH = '/api/oembed'

/** The `type` of the discovery link: `<link rel="alternate" type="application/json+oembed" href="…" title="…">`. */
export const OEMBED_LINK_TYPE = 'application/json+oembed'

/** The oEmbed endpoint URL for one public page, for that page's discovery link. */
export const oembedDiscoveryUrl = (pageUrl: string): string => `${siteUrl()}${OEMBED_PATH}?url=${encodeURIComponent(pageUrl)}&format=json`

/** The oEmbed discovery link of an embeddable page (`path` is its Vietnamese path), for `alternatesFor`. */
export const oembedLinkFor = ({ locale, path, title }: { locale: Locale; path: string; title: string }): TypedLink => ({
  title,
  type: OEMBED_LINK_TYPE,
  url: oembedDiscoveryUrl(`${siteUrl()}${localizePath(locale, path)}`),
})
