import { courseMetadata, CoursePage } from '@/training/views/CoursePage'

/** Rendered on first visit, then served from cache until a publish purges it. */
export const generateStaticParams = async () => []

export const generateMetadata = courseMetadata

export default CoursePage
