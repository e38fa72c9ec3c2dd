import { movementListing } from '@/movements/components/MovementListing'

/** One cached page per filter set; reached through the rewrite in src/proxy.ts. */
export const generateStaticParams = movementListing.generateFilteredStaticParams

export const generateMetadata = movementListing.generateFilteredMetadata

export default movementListing.FilteredPage
