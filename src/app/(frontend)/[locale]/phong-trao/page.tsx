import { movementListing } from '@/movements/components/MovementListing'

/** Unfiltered: prerendered. Filtered URLs are rewritten by src/proxy.ts to ./loc/[filters]. */
export const generateMetadata = movementListing.generateMetadata

export default movementListing.Page
