import { GRAPHQL_POST, REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'

import { payloadConfig as config } from '@/lib/server/payload'
import { withJsonBody } from '@/lib/http/jsonBody'
import { withUploadFileGuard } from '@/lib/media/fileRequests'
import { withPartnerPolicy } from './withPartnerPolicy'

/** A GraphQL request is a query and its variables: 64 kB is generous, and bounds what a client makes the server parse. */
const GRAPHQL_MAX_BYTES = 64 * 1024

/**
 * Payload's API handlers as the site mounts them (src/app/(payload)/api), and
 * as the HTTP tests serve them, so both go through the partner policy.
 */
export const restRoutes = {
  DELETE: withPartnerPolicy(REST_DELETE(config)),
  GET: withPartnerPolicy(withUploadFileGuard(REST_GET(config))),
  OPTIONS: withPartnerPolicy(REST_OPTIONS(config)),
  PATCH: withPartnerPolicy(REST_PATCH(config)),
  POST: withPartnerPolicy(REST_POST(config)),
  PUT: withPartnerPolicy(REST_PUT(config)),
}

export const graphqlRoutes = {
  OPTIONS: withPartnerPolicy(REST_OPTIONS(config)),
  POST: withPartnerPolicy(withJsonBody(GRAPHQL_POST(config) as (request: Request, context: unknown) => Promise<Response>, { maxBytes: GRAPHQL_MAX_BYTES })),
}
