import { eventMetadata, EventPage } from '@/events/views/EventPage'

/** Rendered on first visit, then cached until a publish purges it; every 30 minutes too, as its upcoming/past mark follows the clock. */
export const generateStaticParams = async () => []

export const revalidate = 1800

export const generateMetadata = eventMetadata

export default EventPage
