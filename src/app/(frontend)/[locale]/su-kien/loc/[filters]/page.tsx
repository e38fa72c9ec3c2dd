import { eventListingRoutes } from '@/events/routes'

/** One cached page per filter set, reached through the rewrite in src/proxy.ts; refreshed with the clock like the listing. */
export const revalidate = 1800

export const generateStaticParams = eventListingRoutes.generateFilteredStaticParams

export const generateMetadata = eventListingRoutes.generateFilteredMetadata

export default eventListingRoutes.FilteredPage
