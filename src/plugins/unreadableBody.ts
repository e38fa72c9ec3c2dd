import type { AfterErrorHook } from 'payload'

const isMultipart = (headers: Headers) => (headers.get('content-type') ?? '').toLowerCase().startsWith('multipart/')

/**
 * Payload reads a multipart body (uploads, and the admin's saves) before any
 * hook runs, and turns every parse failure into a 500: no boundary, a
 * boundary that never appears, a body cut off mid-part, an `_payload` field
 * that is not JSON. A failure that left nothing parsed (no data, no file)
 * happened while reading the body, so it is the client's 400, with a
 * message; errors after a successful parse (a full disk, a broken hook)
 * stay 500.
 */
export const refuseUnreadableMultipart: AfterErrorHook = ({ error, req }) => {
  const status = (error as { status?: number }).status ?? 500
  if (status < 500 || !req?.headers || !isMultipart(req.headers)) return
  const nothingParsed = req.data === undefined && !req.file
  const brokenPayloadField = error instanceof SyntaxError && req.data === undefined
  if (!nothingParsed && !brokenPayloadField) return
  const message = brokenPayloadField
    ? 'Trường _payload của biểu mẫu không phải JSON hợp lệ (invalid JSON in _payload).'
    : 'Không đọc được nội dung multipart/form-data: thiếu boundary hoặc nội dung bị cắt ngang (malformed multipart body).'
  return { response: { errors: [{ message }] }, status: 400 }
}
