import { GRAPHQL_POST, REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'

import { payloadConfig as config } from '@/lib/server/payload'
import type { RouteHandler } from '@/lib/http/apiError'
import { withMarkupEscapedJson } from '@/lib/http/escapeMarkup'
import { headFromGet } from '@/lib/http/headFromGet'
import { withJsonBody, withJsonBodyLimit } from '@/lib/http/jsonBody'
import { withParsableQueryJson } from '@/lib/http/queryJson'
import { withUploadFileGuard } from '@/lib/media/fileRequests'
import { withPartnerPolicy } from './withPartnerPolicy'

/** A GraphQL request is a query and its variables: 64 kB is generous, and bounds what a client makes the server parse. */
const GRAPHQL_MAX_BYTES = 64 * 1024
/** A REST document as JSON, rich text included: far above what an editor writes, and it bounds what a client makes the server buffer and parse. */
const REST_JSON_MAX_BYTES = 4 * 1024 * 1024

type Handler = RouteHandler<{ params: Promise<{ slug: string[] }> }>

/** What every REST method goes through: refusals that echo the request stay free of markup; JSON query parameters parse. */
const guarded = (handler: Handler) => withMarkupEscapedJson(withPartnerPolicy(withParsableQueryJson(handler)))

/**
 * Payload's API handlers as the site mounts them (src/app/(payload)/api), and
 * as the HTTP tests serve them, so both go through the partner policy.
 */
const GET = guarded(withUploadFileGuard(REST_GET(config)))

export const restRoutes = {
  DELETE: guarded(REST_DELETE(config)),
  GET,
  HEAD: headFromGet(GET),
  OPTIONS: guarded(REST_OPTIONS(config)),
  PATCH: guarded(withJsonBodyLimit(REST_PATCH(config), { maxBytes: REST_JSON_MAX_BYTES })),
  POST: guarded(withJsonBodyLimit(REST_POST(config), { maxBytes: REST_JSON_MAX_BYTES })),
  PUT: guarded(withJsonBodyLimit(REST_PUT(config), { maxBytes: REST_JSON_MAX_BYTES })),
}

export const graphqlRoutes = {
  OPTIONS: withMarkupEscapedJson(withPartnerPolicy(REST_OPTIONS(config))),
  POST: withMarkupEscapedJson(withPartnerPolicy(withJsonBody(GRAPHQL_POST(config) as (request: Request, context: unknown) => Promise<Response>, { maxBytes: GRAPHQL_MAX_BYTES })), { always: true }),
}
