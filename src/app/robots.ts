import type { MetadataRoute } from 'next'

import { siteUrl } from '@/lib/urls/sitePaths'

const robots = (): MetadataRoute.Robots => ({
  rules: [{ allow: '/', disallow: ['/admin', '/api/', '/tim-kiem'], userAgent: '*' }],
  sitemap: `${siteUrl()}/sitemap.xml`,
})

export default robots
