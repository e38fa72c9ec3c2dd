import { apiError, type RouteHandler } from '@/lib/http/apiError'
import { siteUrl } from '@/lib/urls/sitePaths'
import { apiKeyOf } from './apiKey'
import { partnerForKey, registeredOrigins } from './lookup'
import { takeRequest } from '@/lib/server/rateLimit'
import { recordRequest } from './usage'

const ALLOWED_HEADERS = 'Authorization, Content-Type'
const ALLOWED_METHODS = 'GET, POST, OPTIONS'

const json = (status: number, message: string, headers: Record<string, string> = {}) => apiError(status, message, { 'cache-control': 'no-store', ...headers })

const corsHeaders = (origin: string) => ({ 'access-control-allow-origin': origin, 'access-control-expose-headers': 'Retry-After, X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Reset', vary: 'Origin' })

const withHeaders = (response: Response, headers: Record<string, string>) => {
  const merged = new Headers(response.headers)
  for (const [name, value] of Object.entries(headers)) merged.set(name, value)
  return new Response(response.body, { headers: merged, status: response.status, statusText: response.statusText })
}

/** A browser call from our own site is not cross-origin and needs no CORS answer. */
const foreignOrigin = (request: Request): string | null => {
  const origin = request.headers.get('origin')
  return origin && origin !== new URL(siteUrl()).origin && origin !== new URL(request.url).origin ? origin : null
}

/**
 * Wraps Payload's REST and GraphQL handlers with what media partners need:
 * CORS for each partner's registered origins, a per-key rate limit answered
 * with 429, daily request counts, and a clear 401 for a wrong or revoked key
 * (Payload alone would quietly treat the caller as anonymous). Staff keys and
 * session cookies pass through untouched; access rules still decide what a
 * partner may read (published content only) and that it may not write.
 */
export const withPartnerPolicy =
  <Context>(handler: RouteHandler<Context>): RouteHandler<Context> =>
  async (request, context) => {
    const origin = foreignOrigin(request)
    if (request.method === 'OPTIONS') {
      if (!origin) return handler(request, context)
      if (!(await registeredOrigins()).has(origin)) return json(403, `Nguồn ${origin} chưa được đăng ký để gọi API. / Origin not registered for API access.`)
      return new Response(null, { headers: { ...corsHeaders(origin), 'access-control-allow-headers': ALLOWED_HEADERS, 'access-control-allow-methods': ALLOWED_METHODS, 'access-control-max-age': '600' }, status: 204 })
    }
    const key = apiKeyOf(request)
    if (!key) return handler(request, context)
    const partner = await partnerForKey(key)
    if (!partner) return json(401, 'Khóa API không đúng hoặc đã bị thu hồi. / Invalid or revoked API key.', { 'www-authenticate': 'API-Key' })
    if (!partner.isPartner) return handler(request, context)
    if (origin && !partner.allowedOrigins.includes(origin)) return json(403, `Nguồn ${origin} không nằm trong danh sách đã đăng ký của khóa này. / Origin not allowed for this key.`)
    const rate = await takeRequest({ key: `partner:${partner.id}`, limit: partner.requestsPerMinute })
    const rateHeaders = { 'x-ratelimit-limit': String(rate.limit), 'x-ratelimit-remaining': String(rate.remaining), 'x-ratelimit-reset': String(rate.resetSeconds) }
    const cors = origin ? corsHeaders(origin) : {}
    void recordRequest({ partner: partner.id, refused: !rate.allowed })
    if (!rate.allowed) {
      return json(429, `Vượt hạn mức ${rate.limit} lượt/phút; thử lại sau ${rate.resetSeconds} giây. / Rate limit exceeded.`, { ...rateHeaders, ...cors, 'retry-after': String(rate.resetSeconds) })
    }
    return withHeaders(await handler(request, context), { ...rateHeaders, ...cors })
  }
