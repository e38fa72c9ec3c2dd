import { parseFeedPath } from './formats'
import { feedNotFound, feedResponse } from './http'
import { loadFeed } from './load'
import { renderFeed } from './render'

/** `/feeds/<name>/<file>`: the feed, a 304, or a 404 for anything that is not a published feed. */
export const serveFeed = async ({ request, segments }: { request: Request; segments: readonly string[] }): Promise<Response> => {
  const target = parseFeedPath(segments)
  if (!target) return feedNotFound()
  const doc = await loadFeed({ name: target.name })
  if (!doc) return feedNotFound()
  return feedResponse({ body: renderFeed(doc, target.format), format: target.format, request, updated: doc.updated })
}
