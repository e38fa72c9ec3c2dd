import { procedureMetadata, ProcedurePage } from '@/procedures/views/ProcedurePage'

/** Rendered on first visit, then served from cache until a publish purges it. */
export const generateStaticParams = async () => []

export const generateMetadata = procedureMetadata

export default ProcedurePage
