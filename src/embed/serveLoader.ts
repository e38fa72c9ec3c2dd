import { LOADER_ETAG, LOADER_SOURCE } from './loader'

/**
 * The snippets name /embed.js without a version, so it cannot be cached
 * forever: a day fresh, a week stale-while-revalidate, and an ETag so
 * revalidating costs a 304.
 */
const HEADERS = {
  'Cache-Control': 'public, max-age=86400, stale-while-revalidate=604800',
  'Content-Type': 'text/javascript; charset=utf-8',
  'Cross-Origin-Resource-Policy': 'cross-origin',
  ETag: LOADER_ETAG,
  'X-Content-Type-Options': 'nosniff',
}

/** GET /embed.js: the loader, or 304 when the reader already has this version. */
export const serveEmbedLoader = (request: Request): Response => {
  const match = request.headers.get('if-none-match')?.split(',').some((tag) => tag.trim().replace(/^W\//, '') === LOADER_ETAG)
  return match ? new Response(null, { headers: HEADERS, status: 304 }) : new Response(LOADER_SOURCE, { headers: HEADERS })
}
