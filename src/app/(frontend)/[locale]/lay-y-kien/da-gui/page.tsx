import { opinionSentMetadata, OpinionSentPage } from '@/consultation/views/OpinionSentPage'

export const generateMetadata = opinionSentMetadata

export default OpinionSentPage
