import type { MetadataRoute } from 'next'

import { localizePath, siteUrl } from '@/lib/urls/sitePaths'
import { listSitemapEntries } from '@/lib/seo/sitemap'

/**
 * Every published page in Vietnamese, each with its English mirror as an
 * hreflang alternate (English pages fall back to Vietnamese text where untranslated).
 */
const sitemap = async (): Promise<MetadataRoute.Sitemap> =>
  (await listSitemapEntries()).map(({ lastModified, path }) => ({
    alternates: { languages: { en: `${siteUrl()}${localizePath('en', path)}`, vi: `${siteUrl()}${path}` } },
    lastModified,
    url: `${siteUrl()}${path}`,
  }))

export default sitemap
