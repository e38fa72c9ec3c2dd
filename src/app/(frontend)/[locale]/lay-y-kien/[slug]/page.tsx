import { NominationPage, nominationMetadata } from '@/consultation/views/NominationPage'

export const generateStaticParams = async () => []

// Rendered on first visit, then cached; edits purge it, the clock refreshes it every 10 minutes.
export const revalidate = 600

export const generateMetadata = nominationMetadata

export default NominationPage
