import { eventListingRoutes } from '@/events/routes'

/** Prerendered; "upcoming" changes with the clock, so it is rendered again every 30 minutes as well as on every publish. */
export const revalidate = 1800

export const generateMetadata = eventListingRoutes.generateMetadata

export default eventListingRoutes.Page
