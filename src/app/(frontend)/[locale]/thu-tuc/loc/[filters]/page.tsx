import { procedureListing } from '@/procedures/components/ProcedureListing'

/** One cached page per filter set; reached through the rewrite in src/proxy.ts. */
export const generateStaticParams = procedureListing.generateFilteredStaticParams

export const generateMetadata = procedureListing.generateFilteredMetadata

export default procedureListing.FilteredPage
