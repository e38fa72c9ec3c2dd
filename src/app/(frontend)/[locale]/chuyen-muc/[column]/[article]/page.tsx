import { articleMetadata, ArticlePage } from '@/columns/views/ArticlePage'

/** Rendered on first visit, then served from cache until a publish purges it. */
export const generateStaticParams = async () => []

export const generateMetadata = articleMetadata

export default ArticlePage
