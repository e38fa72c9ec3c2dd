import { apiError, type RouteHandler } from './apiError'

/** The body's bytes, or null once it grows past `maxBytes` (reading stops there: a huge body is never buffered whole). */
const readAtMost = async (request: Request, maxBytes: number): Promise<Uint8Array<ArrayBuffer> | null> => {
  if (!request.body) return new Uint8Array()
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
  // Buffer.concat allocates a plain (never shared) ArrayBuffer.
  return Buffer.concat(chunks) as Uint8Array<ArrayBuffer>
}

const tooLarge = (maxBytes: number) => apiError(413, `Nội dung yêu cầu vượt quá ${Math.round(maxBytes / 1024)} kB (request body too large).`)

/** The body read up to `maxBytes`, or the 413 to answer instead (a declared length past it is refused before reading). */
const boundedBody = async (request: Request, maxBytes: number): Promise<Uint8Array<ArrayBuffer> | Response> => {
  if (Number(request.headers.get('content-length') ?? 0) > maxBytes) return tooLarge(maxBytes)
  return (await readAtMost(request, maxBytes)) ?? tooLarge(maxBytes)
}

/** The same request again, with a body already read (its length may differ: invalid UTF-8 re-encodes as U+FFFD). */
const withBody = (request: Request, body: BodyInit) => {
  const headers = new Headers(request.headers)
  headers.delete('content-length')
  return new Request(request.url, { body, headers, method: request.method })
}

/**
 * A handler that expects a JSON body gets one, or the client gets a 4xx that
 * says why: 413 past `maxBytes`, 400 for anything that does not parse.
 * Payload's GraphQL handler parses the body itself and answers 500 with an
 * empty body when it cannot (a scanner's favourite probe).
 */
export const withJsonBody =
  <Context>(handler: RouteHandler<Context>, { maxBytes }: { maxBytes: number }): RouteHandler<Context> =>
  async (request, context) => {
    const body = await boundedBody(request, maxBytes)
    if (body instanceof Response) return body
    const text = new TextDecoder('utf-8', { fatal: false }).decode(body)
    try {
      JSON.parse(text)
    } catch {
      return apiError(400, 'Dữ liệu JSON không hợp lệ (invalid JSON body).')
    }
    return handler(withBody(request, text), context)
  }

/**
 * Payload's REST handlers read a JSON body whole, however large, before
 * anything checks it (a 6 MB body was buffered and parsed). JSON bodies past
 * `maxBytes` get 413 before that; Payload still parses what passes (its
 * 400 for bad JSON stands), and other bodies (multipart uploads, with their
 * own size limit) go on untouched.
 */
export const withJsonBodyLimit =
  <Context>(handler: RouteHandler<Context>, { maxBytes }: { maxBytes: number }): RouteHandler<Context> =>
  async (request, context) => {
    const type = request.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase()
    if (type !== 'application/json' || !request.body) return handler(request, context)
    const body = await boundedBody(request, maxBytes)
    return body instanceof Response ? body : handler(withBody(request, body), context)
  }
