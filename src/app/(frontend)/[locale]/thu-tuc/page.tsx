import { procedureListing } from '@/procedures/components/ProcedureListing'

/** Unfiltered: prerendered. Filtered URLs are rewritten by src/proxy.ts to ./loc/[filters]. */
export const generateMetadata = procedureListing.generateMetadata

export default procedureListing.Page
