import { homeMetadata, HomePage } from '@/home/views/HomePage'

/**
 * Prerendered and purged by tag whenever something it reads changes (the
 * `home` global, exemplars, movements, columns, articles, nominations,
 * events, courses). "Open for comment" and "upcoming" also change with the
 * clock alone, with no edit to purge anything: the page is regenerated every
 * 5 minutes too, and each render keeps what is open or not over at that
 * moment (src/home/select.ts).
 */
export const revalidate = 300

export const generateMetadata = homeMetadata

export default HomePage
