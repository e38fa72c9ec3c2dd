import { type NextRequest, NextResponse } from 'next/server'

import { canonicalQuery, LISTING_PARAMS } from './lib/filters/canonical'

/**
 * Filtered listings are URLs with a query string, which Next would render on
 * every request. This rewrites them to `/<listing>/loc/<canonical filters>`,
 * a route rendered once per filter set and cached like any page (purged by
 * the same tags). The reader's URL does not change.
 */
export const proxy = (request: NextRequest) => {
  const allowed = LISTING_PARAMS[request.nextUrl.pathname]
  if (!allowed || !request.nextUrl.search) return NextResponse.next()
  const key = canonicalQuery(request.nextUrl.searchParams, allowed)
  const url = request.nextUrl.clone()
  url.search = ''
  if (key) url.pathname = `${request.nextUrl.pathname}/loc/${encodeURIComponent(key)}`
  return NextResponse.rewrite(url)
}

export const config = { matcher: ['/guong-dien-hinh', '/phong-trao', '/khen-thuong', '/van-ban'] }
