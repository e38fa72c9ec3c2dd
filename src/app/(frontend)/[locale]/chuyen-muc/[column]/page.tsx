import { columnMetadata, ColumnPage } from '@/columns/views/ColumnPage'

export const generateMetadata = columnMetadata

export default ColumnPage
