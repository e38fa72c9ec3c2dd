import { exemplarListing } from '@/exemplars/components/ExemplarListing'

/** Unfiltered: prerendered. Filtered URLs are rewritten by src/proxy.ts to ./loc/[filters]. */
export const generateMetadata = exemplarListing.generateMetadata

export default exemplarListing.Page
