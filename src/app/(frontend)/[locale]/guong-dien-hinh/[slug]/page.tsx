import { exemplarMetadata, ExemplarPage } from '@/exemplars/views/ExemplarPage'

/** Rendered on first visit, then served from cache until a publish purges it. */
export const generateStaticParams = async () => []

export const generateMetadata = exemplarMetadata

export default ExemplarPage
