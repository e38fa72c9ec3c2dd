import { columnsMetadata, ColumnsPage } from '@/columns/views/ColumnsPage'

export const generateMetadata = columnsMetadata

export default ColumnsPage
