import { awardListing } from '@/register/components/AwardListing'

/** Unfiltered: prerendered. Filtered URLs are rewritten by src/proxy.ts to ./loc/[filters]. */
export const generateMetadata = awardListing.generateMetadata

export default awardListing.Page
