import { documentListing } from '@/documents/components/DocumentListing'

/** One cached page per filter set; reached through the rewrite in src/proxy.ts. */
export const generateStaticParams = documentListing.generateFilteredStaticParams

export const generateMetadata = documentListing.generateFilteredMetadata

export default documentListing.FilteredPage
