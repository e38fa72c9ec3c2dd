import { revalidateTag } from 'next/cache'

import { isSignedPurge } from './purgeSignature'

const MAX_TAGS = 500
const MAX_TAG_LENGTH = 256
const MAX_BODY_BYTES = 64 * 1024

const refuse = (status: number, error: string) => Response.json({ error }, { headers: { 'cache-control': 'no-store' }, status })

/**
 * POST /api/internal/revalidate: purges cache tags on behalf of a process
 * outside Next (the jobs worker; lib/cache/forwardPurge). Only requests
 * signed with the site's secret within the last minute are obeyed.
 */
export const purgeTags = async (request: Request): Promise<Response> => {
  const body = await request.text()
  if (Buffer.byteLength(body) > MAX_BODY_BYTES) return refuse(413, 'Yêu cầu quá lớn.')
  if (!isSignedPurge({ body, signature: request.headers.get('x-purge-signature'), timestamp: request.headers.get('x-purge-timestamp') })) {
    return refuse(401, 'Chữ ký không hợp lệ hoặc đã hết hạn.')
  }
  let tags: unknown
  try {
    tags = (JSON.parse(body) as { tags?: unknown }).tags
  } catch {
    return refuse(400, 'Nội dung không phải JSON hợp lệ.')
  }
  if (!Array.isArray(tags) || tags.length > MAX_TAGS || !tags.every((tag): tag is string => typeof tag === 'string' && tag.length > 0 && tag.length <= MAX_TAG_LENGTH)) {
    return refuse(400, `"tags" phải là danh sách tối đa ${MAX_TAGS} thẻ.`)
  }
  for (const tag of tags) revalidateTag(tag, { expire: 0 })
  return new Response(null, { headers: { 'cache-control': 'no-store' }, status: 204 })
}
