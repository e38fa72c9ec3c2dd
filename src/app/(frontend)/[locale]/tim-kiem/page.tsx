import { searchMetadata, SearchPage } from '@/search/views/SearchPage'

export const generateMetadata = searchMetadata

export default SearchPage
