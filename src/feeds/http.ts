import { createHash } from 'node:crypto'

import type { FeedFormat } from './paths'
import { FEED_MEDIA_TYPES } from './formats'

/**
 * Readers poll: five minutes fresh, then served stale for up to an hour
 * while a fresh copy is fetched. Publishing purges the data cache at once;
 * this only bounds how long a reader or proxy keeps its own copy.
 */
const CACHE_CONTROL = 'public, max-age=300, stale-while-revalidate=3600'

/** A strong validator: the hash of the exact bytes sent. */
const etagOf = (body: string): string => `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`

/** If-None-Match uses the weak comparison (RFC 9110 §13.1.2): `W/` prefixes are ignored. */
const matchesEtag = (header: string, etag: string): boolean =>
  header.trim() === '*' || header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)

/** HTTP dates have whole seconds; so must the comparison. */
const notModifiedSince = (header: string, lastModified: Date): boolean => {
  const since = Date.parse(header)
  return Number.isFinite(since) && Math.floor(lastModified.getTime() / 1000) * 1000 <= since
}

/**
 * The feed response, or 304 without a body when the reader's copy is
 * current. An If-None-Match header decides alone when present (RFC 9110
 * §13.2.2): the ETag also catches changes Last-Modified cannot see, such as
 * an item being unpublished.
 */
export const feedResponse = ({ body, format, request, updated }: { body: string; format: FeedFormat; request: Request; updated: string }): Response => {
  const etag = etagOf(body)
  const lastModified = new Date(updated)
  const headers = new Headers({
    'Access-Control-Allow-Origin': '*',
    'Cache-Control': CACHE_CONTROL,
    ETag: etag,
    'Last-Modified': lastModified.toUTCString(),
  })
  const ifNoneMatch = request.headers.get('if-none-match')
  const ifModifiedSince = request.headers.get('if-modified-since')
  const fresh = ifNoneMatch !== null ? matchesEtag(ifNoneMatch, etag) : ifModifiedSince !== null && notModifiedSince(ifModifiedSince, lastModified)
  if (fresh) return new Response(null, { headers, status: 304 })
  headers.set('Content-Type', `${FEED_MEDIA_TYPES[format]}; charset=utf-8`)
  headers.set('X-Content-Type-Options', 'nosniff')
  return new Response(body, { headers, status: 200 })
}

/** Unknown names, formats and columns: a short Vietnamese message, never an error page. */
export const feedNotFound = (): Response =>
  new Response(
    'Không tìm thấy nguồn tin này. Địa chỉ nguồn tin có dạng /feeds/<nguồn>/rss.xml, atom.xml hoặc feed.json; <nguồn> là bai-viet, guong-dien-hinh, phong-trao, chuyen-muc/<đường dẫn của chuyên mục>, su-kien, su-kien/tinh/<đường dẫn của tỉnh, thành phố>, su-kien/phong-trao/<đường dẫn của phong trào> hoặc lay-y-kien.\n',
    {
      headers: { 'Cache-Control': 'public, max-age=60', 'Content-Type': 'text/plain; charset=utf-8' },
      status: 404,
    },
  )
