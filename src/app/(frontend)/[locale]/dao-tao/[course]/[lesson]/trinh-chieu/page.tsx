import { SlidesPage, slidesMetadata } from '@/training/views/SlidesPage'

/** Rendered on first visit, then served from cache until a publish purges it. */
export const generateStaticParams = async () => []

export const generateMetadata = slidesMetadata

export default SlidesPage
