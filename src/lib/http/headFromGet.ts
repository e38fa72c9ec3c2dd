import type { RouteHandler } from './apiError'

/**
 * HEAD answered as the GET would be, without the body. Payload's REST router
 * knows no HEAD: `HEAD /api/media/file/<name>` got 404 for a file that GET
 * serves, which link checkers, caches and crawlers read as a broken link.
 */
export const headFromGet =
  <Context>(get: RouteHandler<Context>): RouteHandler<Context> =>
  async (request, context) => {
    const response = await get(new Request(request.url, { headers: request.headers, method: 'GET' }), context)
    await response.body?.cancel()
    return new Response(null, { headers: response.headers, status: response.status, statusText: response.statusText })
  }
