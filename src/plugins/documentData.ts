import { APIError, type CollectionBeforeOperationHook } from 'payload'

/**
 * Far deeper than any document needs (a rich-text list nested ten levels is
 * about 40), and far below where Payload's recursive copies overflow the
 * stack (a body nested 10 000 deep answered 500).
 */
export const MAX_DATA_DEPTH = 200

/** How deep a parsed JSON value nests, counted without recursion; stops early past `limit`. */
export const nestingDepth = (value: unknown, limit = MAX_DATA_DEPTH): number => {
  let deepest = 0
  const stack: [unknown, number][] = [[value, 1]]
  while (stack.length > 0) {
    const [current, depth] = stack.pop() as [unknown, number]
    if (current === null || typeof current !== 'object') continue
    deepest = Math.max(deepest, depth)
    if (deepest > limit) return deepest
    for (const child of Object.values(current)) stack.push([child, depth + 1])
  }
  return deepest
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * A create or update over REST must carry a document: a JSON object, or a
 * multipart form with `_payload` (or a file, for uploads). A body of `null`,
 * a bare string, an array, another content type or none at all reached
 * Payload's field hooks as no data and answered 500; nesting thousands deep
 * overflowed the stack. All of them are the client's mistake: 400.
 */
export const requireDocumentData: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if ((operation !== 'create' && operation !== 'update') || req.payloadAPI === 'local') return args
  const { data } = args as { data?: unknown }
  if (data === undefined && req.file) return args
  if (!isPlainObject(data)) {
    throw new APIError('Dữ liệu gửi lên phải là một đối tượng JSON (Content-Type: application/json) hoặc biểu mẫu multipart có trường _payload. / The body must be a JSON object.', 400, null, true)
  }
  if (nestingDepth(data) > MAX_DATA_DEPTH) {
    throw new APIError(`Dữ liệu lồng nhau quá ${MAX_DATA_DEPTH} cấp. / The body is nested too deeply.`, 400, null, true)
  }
  return args
}
