import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  // The admin and the site are served from one origin; no remote images.
  images: { localPatterns: [{ pathname: '/api/media/file/**' }] },
  poweredByHeader: false,
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
