import { APIError, type CollectionBeforeOperationHook } from 'payload'

/**
 * Far deeper than any document needs (a rich-text list nested ten levels is
 * about 40), and far below where Payload's recursive copies overflow the
 * stack (a body nested 10 000 deep answered 500).
 */
export const MAX_DATA_DEPTH = 200

/**
 * How deep a parsed JSON value nests, counted without recursion (stops early
 * past `limit`), and whether any of its strings or keys holds a NUL.
 */
export const inspectData = (value: unknown, limit = MAX_DATA_DEPTH): { depth: number; nul: boolean } => {
  let depth = 0
  const stack: [unknown, number][] = [[value, 1]]
  while (stack.length > 0) {
    const [current, level] = stack.pop() as [unknown, number]
    if (typeof current === 'string' && current.includes('\u0000')) return { depth, nul: true }
    if (current === null || typeof current !== 'object') continue
    depth = Math.max(depth, level)
    if (depth > limit) return { depth, nul: false }
    for (const [key, child] of Object.entries(current)) {
      if (key.includes('\u0000')) return { depth, nul: true }
      stack.push([child, level + 1])
    }
  }
  return { depth, nul: false }
}

const AUTH_OPERATIONS = new Set(['forgotPassword', 'login', 'resetPassword'])

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * A create or update over REST must carry a document: a JSON object, or a
 * multipart form with `_payload` (or a file, for uploads). A body of `null`,
 * a bare string, an array, another content type or none at all reached
 * Payload's field hooks as no data and answered 500; nesting thousands deep
 * overflowed the stack; a NUL character is refused by PostgreSQL's text
 * types. All of them are the client's mistake: 400.
 */
export const requireDocumentData: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (req.payloadAPI === 'local') return args
  const { data } = args as { data?: unknown }
  // Sign-in and password forms look their email up: a NUL there failed the query on PostgreSQL.
  if (AUTH_OPERATIONS.has(operation)) {
    if (inspectData(data).nul) throw new APIError('Email hoặc mật khẩu chứa ký tự không hợp lệ (NUL).', 400, null, true)
    return args
  }
  if (operation !== 'create' && operation !== 'update') return args
  if (data === undefined && req.file) return args
  if (!isPlainObject(data)) {
    throw new APIError('Dữ liệu gửi lên phải là một đối tượng JSON (Content-Type: application/json) hoặc biểu mẫu multipart có trường _payload. / The body must be a JSON object.', 400, null, true)
  }
  const { depth, nul } = inspectData(data)
  if (depth > MAX_DATA_DEPTH) throw new APIError(`Dữ liệu lồng nhau quá ${MAX_DATA_DEPTH} cấp. / The body is nested too deeply.`, 400, null, true)
  if (nul) throw new APIError('Dữ liệu chứa ký tự NUL (\\u0000), không lưu được. / The body contains a NUL character.', 400, null, true)
  return args
}
