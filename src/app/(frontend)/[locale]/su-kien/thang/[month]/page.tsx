import { monthMetadata, MonthPage } from '@/events/views/MonthPage'

/** Each month is rendered on first visit and cached; publishing purges it, and it is redone every 30 minutes so "today" moves on. */
export const generateStaticParams = async () => []

export const revalidate = 1800

export const generateMetadata = monthMetadata

export default MonthPage
