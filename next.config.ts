import path from 'node:path'

import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

import { securityHeaders } from './src/lib/http/securityHeaders'

/**
 * Top-level paths that are not Vietnamese pages: Payload, Next internals,
 * the preview switch, the English mirror, syndication (feeds, embeds and
 * their loader) and root metadata files.
 */
const NOT_PAGES = ['api', 'admin', '_next', 'preview', 'en', 'vi', 'feeds', 'embed']
  .map((p) => `${p}(?:/|$)`)
  .concat(['embed\\.js$', 'sitemap\\.xml$', 'robots\\.txt$', 'icon\\.png$', 'apple-icon\\.png$'])

/**
 * Several instances share one cache through Redis (src/lib/cache/redisCacheHandler.mjs).
 * Read when each server starts, so one build serves with or without Redis.
 * Next's own in-memory copy is turned off then: it would keep serving what
 * another instance has already purged.
 */
const sharedCache: Partial<NextConfig> = process.env.REDIS_URL
  ? { cacheHandler: path.join(process.cwd(), 'src/lib/cache/redisCacheHandler.mjs'), cacheMaxMemorySize: 0 }
  : {}

const nextConfig: NextConfig = {
  ...sharedCache,
  /**
   * Instances behind one load balancer must run the same build: the same
   * build id (the Redis cache's key prefix) and deployment id (asset URLs
   * and skew protection). DEPLOYMENT_ID, e.g. the commit, names it; without
   * it Next makes a random id per build, which is right for one host.
   */
  deploymentId: process.env.DEPLOYMENT_ID || undefined,
  generateBuildId: async () => process.env.DEPLOYMENT_ID || null,
  // URLs no route matches render app/global-not-found.tsx on the server: the
  // site has one root layout per language, so there is no single root not-found.
  // inlineCss: the stylesheets go into the HTML as <style> instead of a render-blocking <link>
  // (the site's CSS is ~12 kB; Lighthouse mobile counted its request against FCP and LCP).
  // It applies to every route, the admin too (its ~300 kB of CSS then comes with each admin
  // document, not from the browser cache); client-side navigations still use <link>.
  experimental: { globalNotFound: true, inlineCss: true },
  headers: async () => securityHeaders(),
  // The admin and the site are served from one origin; no remote images.
  images: { localPatterns: [{ pathname: '/api/media/file/**' }] },
  poweredByHeader: false,
  /**
   * Pages live under app/(frontend)/[locale]. Vietnamese readers see them at
   * the root (/guong-dien-hinh/…) and English readers under /en/…: the root
   * paths are rewritten to /vi internally, which keeps one set of route files
   * and lets both languages be prerendered. A config rewrite, unlike the proxy,
   * costs nothing measurable per request.
   */
  rewrites: async () => ({
    afterFiles: [],
    beforeFiles: [
      { destination: '/vi', source: '/' },
      { destination: '/vi/:path', source: `/:path((?!${NOT_PAGES.join('|')}).+)` },
    ],
    fallback: [],
  }),
  // /vi/… is the internal spelling: send anyone who types it to the public URL
  // (Open Graph images keep it, as Next generates their URLs from the route).
  redirects: async () => [
    { destination: '/', permanent: true, source: '/vi' },
    { destination: '/:path', permanent: true, source: '/vi/:path((?!.*opengraph-image).+)' },
  ],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
