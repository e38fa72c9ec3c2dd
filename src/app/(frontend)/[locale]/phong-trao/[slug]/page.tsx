import { movementMetadata, MovementPage } from '@/movements/views/MovementPage'

/** Rendered on first visit, then served from cache until a publish purges it. */
export const generateStaticParams = async () => []

export const generateMetadata = movementMetadata

export default MovementPage
