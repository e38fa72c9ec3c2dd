/* Payload GraphQL API (generated shape, with the handler wrapped by the partner policy in src/partners). */
import { graphqlRoutes } from '@/partners/routes'

export const { OPTIONS, POST } = graphqlRoutes
