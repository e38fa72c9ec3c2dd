import { statisticsRoutes } from '@/statistics/routes'

/** Unfiltered: prerendered. Filtered URLs are rewritten by src/proxy.ts to ./loc/[filters]. */
export const generateMetadata = statisticsRoutes.generateMetadata

export default statisticsRoutes.Page
