import { partnersMetadata, PartnersPage } from '@/partners/views/PartnersPage'

export const generateMetadata = partnersMetadata

export default PartnersPage
