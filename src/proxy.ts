import { type NextRequest, NextResponse } from 'next/server'

import { canonicalQuery, LISTING_PARAMS, LISTING_TEXT_PARAMS } from './lib/filters/canonical'

const decodable = (path: string) => {
  try {
    decodeURIComponent(path)
    return true
  } catch {
    return false
  }
}

const malformed = () => new NextResponse('Đường dẫn không hợp lệ (mã hóa URL sai). / Malformed URL encoding.', { headers: { 'content-type': 'text/plain; charset=utf-8' }, status: 400 })

/**
 * Runs before the listings (both languages), before any path with
 * percent-encoding and before the image optimizer.
 *
 * Filtered listings are URLs with a query string, which Next would render on
 * every request. This rewrites them to `/<locale>/<listing>/loc/<canonical
 * filters>`, a route rendered once per filter set and cached like any page
 * (purged by the same tags). The reader's URL does not change.
 */
export const proxy = (request: NextRequest) => {
  // A path with broken percent-encoding (/guong-dien-hinh/%ZZ) or one that is
  // not UTF-8 (%C3%28) makes Next throw while decoding route params (500, even
  // after a rewrite): answer it here. The image optimizer fetches its local
  // `url` through the same router without this proxy, and answered 500 for
  // /api/media/file/%C3%28.png: its `url` is checked the same way.
  if (request.nextUrl.pathname === '/_next/image') {
    const url = request.nextUrl.searchParams.get('url')
    return url?.startsWith('/') && !decodable(url) ? malformed() : NextResponse.next()
  }
  if (!decodable(request.nextUrl.pathname)) return malformed()
  const english = request.nextUrl.pathname.startsWith('/en/')
  const listing = english ? request.nextUrl.pathname.slice(3) : request.nextUrl.pathname
  const allowed = LISTING_PARAMS[listing]
  if (!allowed || !request.nextUrl.search) return NextResponse.next()
  const key = canonicalQuery(request.nextUrl.searchParams, allowed, LISTING_TEXT_PARAMS[listing])
  const url = request.nextUrl.clone()
  url.search = ''
  // The internal /vi or /en route (see the rewrites in next.config.ts).
  url.pathname = `/${english ? 'en' : 'vi'}${listing}${key ? `/loc/${encodeURIComponent(key)}` : ''}`
  return NextResponse.rewrite(url)
}

/**
 * Only the filterable listings, paths containing a percent sign (pages, the
 * admin and the API alike: Next answers a broken escape anywhere with a 500)
 * and the image optimizer: running the proxy on every page halved the
 * throughput of cached pages (1,392 → 706 req/s for /), and our own slugs are
 * plain ASCII.
 */
export const config = {
  // Next reads the matcher statically: it must stay a literal list.
  matcher: ['/guong-dien-hinh', '/phong-trao', '/khen-thuong', '/van-ban', '/dao-tao', '/thong-ke', '/thu-tuc', '/su-kien', '/en/guong-dien-hinh', '/en/phong-trao', '/en/khen-thuong', '/en/van-ban', '/en/dao-tao', '/en/thong-ke', '/en/thu-tuc', '/en/su-kien', '/_next/image', '/((?!_next/).*%.*)'],
}
