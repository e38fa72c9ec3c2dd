import { awardListing } from '@/register/components/AwardListing'

/** One cached page per filter set; reached through the rewrite in src/proxy.ts. */
export const generateStaticParams = awardListing.generateFilteredStaticParams

export const generateMetadata = awardListing.generateFilteredMetadata

export default awardListing.FilteredPage
