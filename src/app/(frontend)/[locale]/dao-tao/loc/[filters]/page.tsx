import { courseListing } from '@/training/components/CourseListing'

/** One cached page per filter set; reached through the rewrite in src/proxy.ts. */
export const generateStaticParams = courseListing.generateFilteredStaticParams

export const generateMetadata = courseListing.generateFilteredMetadata

export default courseListing.FilteredPage
