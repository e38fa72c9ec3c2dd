import type { RouteHandler } from './apiError'

/**
 * Error messages from Payload and GraphQL repeat what the client sent (`The
 * following path cannot be queried: <script>…`, `Value "<script>…" does not
 * exist in enum`), and so do ours (an Origin header, an oEmbed format). JSON
 * may spell `<` and `>` as \u003c and \u003e: a client parsing the JSON gets
 * the very same strings, but no markup a scanner or a mis-sniffing browser
 * could take for HTML ever appears in the bytes. REST successes pass through
 * untouched (stored content, not the request, and possibly large); GraphQL
 * reports its errors inside 200 answers, so `always` escapes every answer.
 */
export const withMarkupEscapedJson =
  <Context>(handler: RouteHandler<Context>, { always = false }: { always?: boolean } = {}): RouteHandler<Context> =>
  async (request, context) => {
    const response = await handler(request, context)
    const type = response.headers.get('content-type') ?? ''
    if ((!always && response.status < 400) || !type.includes('json') || !response.body) return response
    const text = (await response.text()).replace(/</g, '\\u003c').replace(/>/g, '\\u003e')
    const headers = new Headers(response.headers)
    headers.delete('content-length')
    return new Response(text, { headers, status: response.status, statusText: response.statusText })
  }
