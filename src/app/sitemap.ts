import type { MetadataRoute } from 'next'

import { siteUrl } from '../lib/paths'
import { listSitemapEntries } from '../lib/queries/sitemap'

const sitemap = async (): Promise<MetadataRoute.Sitemap> =>
  (await listSitemapEntries()).map(({ lastModified, path }) => ({ lastModified, url: `${siteUrl()}${path}` }))

export default sitemap
