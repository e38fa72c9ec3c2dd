import type { MetadataRoute } from 'next'

import { siteUrl } from '@/lib/paths'

const robots = (): MetadataRoute.Robots => ({
  rules: [{ allow: '/', disallow: ['/admin', '/api/', '/tim-kiem'], userAgent: '*' }],
  sitemap: `${siteUrl()}/sitemap.xml`,
})

export default robots
