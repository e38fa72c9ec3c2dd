import { documentMetadata, DocumentPage } from '@/documents/views/DocumentPage'

/** Rendered on first visit, then served from cache until a publish purges it. */
export const generateStaticParams = async () => []

export const generateMetadata = documentMetadata

export default DocumentPage
