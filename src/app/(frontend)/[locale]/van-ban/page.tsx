import { documentListing } from '@/documents/components/DocumentListing'

/** Unfiltered: prerendered. Filtered URLs are rewritten by src/proxy.ts to ./loc/[filters]. */
export const generateMetadata = documentListing.generateMetadata

export default documentListing.Page
