import { exemplarListing } from '@/exemplars/components/ExemplarListing'

/** One cached page per filter set; reached through the rewrite in src/proxy.ts. */
export const generateStaticParams = exemplarListing.generateFilteredStaticParams

export const generateMetadata = exemplarListing.generateFilteredMetadata

export default exemplarListing.FilteredPage
