import { homeMetadata, HomePage } from '@/home/views/HomePage'

export const generateMetadata = homeMetadata

export default HomePage
