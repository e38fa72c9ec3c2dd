import { lessonMetadata, LessonPage } from '@/training/views/LessonPage'

/** Rendered on first visit, then served from cache until a publish purges it. */
export const generateStaticParams = async () => []

export const generateMetadata = lessonMetadata

export default LessonPage
