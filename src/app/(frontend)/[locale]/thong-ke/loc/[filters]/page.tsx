import { statisticsRoutes } from '@/statistics/routes'

/** One cached page per filter set; reached through the rewrite in src/proxy.ts. */
export const generateStaticParams = statisticsRoutes.generateFilteredStaticParams

export const generateMetadata = statisticsRoutes.generateFilteredMetadata

export default statisticsRoutes.FilteredPage
