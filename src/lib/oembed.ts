import { siteUrl } from './urls/sitePaths'

/** Payload serves root endpoints under /api (src/endpoints/oembed.ts). */
export const OEMBED_PATH = '/api/oembed'

/** The `type` of the discovery link: `<link rel="alternate" type="application/json+oembed" href="…" title="…">`. */
export const OEMBED_LINK_TYPE = 'application/json+oembed'

/** The oEmbed endpoint URL for one public page, for that page's discovery link. */
export const oembedDiscoveryUrl = (pageUrl: string): string => `${siteUrl()}${OEMBED_PATH}?url=${encodeURIComponent(pageUrl)}&format=json`
