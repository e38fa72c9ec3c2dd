import { awardMetadata, AwardPage } from '@/register/views/AwardPage'

/** Rendered on first visit, then served from cache until a publish purges it. */
export const generateStaticParams = async () => []

export const generateMetadata = awardMetadata

export default AwardPage
