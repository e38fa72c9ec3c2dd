import { createHash } from 'node:crypto'

/**
 * Feed readers and calendar apps poll: five minutes fresh, then served stale
 * for up to an hour while a fresh copy is fetched. Publishing purges the data
 * cache at once; this only bounds how long a client or proxy keeps its copy.
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
 * A polled document (a feed, a calendar), or 304 without a body when the
 * client's copy is current. An If-None-Match header decides alone when
 * present (RFC 9110 §13.2.2): the ETag also catches changes Last-Modified
 * cannot see, such as an item being unpublished. With `fileName` it
 * downloads as that file.
 */
export const pollableResponse = ({ body, contentType, fileName, request, updated }: { body: string; contentType: string; fileName?: string; request: Request; updated: string }): Response => {
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
  headers.set('Content-Type', `${contentType}; charset=utf-8`)
  headers.set('X-Content-Type-Options', 'nosniff')
  if (fileName) headers.set('Content-Disposition', `attachment; filename="${fileName}"`)
  return new Response(body, { headers, status: 200 })
}

/** A refusal in plain text (a bad feed or calendar address): short-lived, never an error page. */
export const plainTextResponse = (status: number, text: string): Response =>
  new Response(`${text}\n`, { headers: { 'Cache-Control': 'public, max-age=60', 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' }, status })
