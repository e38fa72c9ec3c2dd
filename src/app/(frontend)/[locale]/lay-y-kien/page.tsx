import { consultationsMetadata, ConsultationsPage } from '@/consultation/views/ConsultationsPage'

// Prerendered; a window closes with the clock, so it is refreshed every 10 minutes as well as on every edit.
export const revalidate = 600

export const generateMetadata = consultationsMetadata

export default ConsultationsPage
