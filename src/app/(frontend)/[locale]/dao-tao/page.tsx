import { courseListing } from '@/training/components/CourseListing'

/** Unfiltered: prerendered. Filtered URLs are rewritten by src/proxy.ts to ./loc/[filters]. */
export const generateMetadata = courseListing.generateMetadata

export default courseListing.Page
