import { apiError, type RouteHandler } from './apiError'

/** Query parameters Payload's REST handlers JSON.parse when they arrive as one string (`?where={…}`). */
const JSON_PARAMS = ['where', 'data'] as const

/**
 * `?where={` or `?data=junk` made Payload's parameter parsing throw a
 * SyntaxError, answered 500. The bracket form (`where[slug][equals]=x`) is
 * untouched; a JSON form that does not parse gets a 400 that says which.
 */
export const withParsableQueryJson =
  <Context>(handler: RouteHandler<Context>): RouteHandler<Context> =>
  async (request, context) => {
    const { searchParams } = new URL(request.url)
    for (const name of JSON_PARAMS) {
      const value = searchParams.get(name)
      if (!value) continue
      try {
        JSON.parse(value)
      } catch {
        return apiError(400, `Tham số ${name} không phải JSON hợp lệ (invalid JSON in the ${name} parameter).`)
      }
    }
    return handler(request, context)
  }
