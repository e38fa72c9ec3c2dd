import type { Endpoint } from 'payload'

/**
 * GET /api/oembed?url=…: oEmbed for our embeddable pages (handler in
 * oembedHandler.ts). Imported lazily because the handler reads through
 * src/lib/queries, which import the Payload config themselves: a static
 * import would make payload.config.ts import itself and pull Next's cache
 * into the CLI.
 */
export const oembedEndpoint: Endpoint = {
  handler: async (req) => (await import('./oembedHandler')).oembedHandler(req),
  method: 'get',
  path: '/oembed',
}
