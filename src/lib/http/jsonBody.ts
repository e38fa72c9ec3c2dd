import { apiError, type RouteHandler } from './apiError'

/** The body as text, or null once it grows past `maxBytes` (reading stops there: a huge body is never buffered whole). */
const readAtMost = async (request: Request, maxBytes: number): Promise<string | null> => {
  if (!request.body) return ''
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > maxBytes) {
      await reader.cancel()
      return null
    }
    chunks.push(value)
  }
  return new TextDecoder('utf-8', { fatal: false }).decode(Buffer.concat(chunks))
}

/**
 * A handler that expects a JSON body gets one, or the client gets a 4xx that
 * says why: 413 past `maxBytes`, 400 for anything that does not parse.
 * Payload's GraphQL handler parses the body itself and answers 500 with an
 * empty body when it cannot (a scanner's favourite probe); its REST handlers
 * already answer 400 and are left alone.
 */
export const withJsonBody =
  <Context>(handler: RouteHandler<Context>, { maxBytes }: { maxBytes: number }): RouteHandler<Context> =>
  async (request, context) => {
    const declared = Number(request.headers.get('content-length') ?? 0)
    const tooLarge = `Nội dung yêu cầu vượt quá ${Math.round(maxBytes / 1024)} kB (request body too large).`
    if (declared > maxBytes) return apiError(413, tooLarge)
    const text = await readAtMost(request, maxBytes)
    if (text === null) return apiError(413, tooLarge)
    try {
      JSON.parse(text)
    } catch {
      return apiError(400, 'Dữ liệu JSON không hợp lệ (invalid JSON body).')
    }
    const headers = new Headers(request.headers)
    headers.delete('content-length') // the text may re-encode to another length (invalid UTF-8 becomes U+FFFD)
    return handler(new Request(request.url, { body: text, headers, method: request.method }), context)
  }
