import { draftMode, headers } from 'next/headers'
import { redirect } from 'next/navigation'

import { hasRole, STAFF_ROLES } from '@/access/roles'
import { isPublicContent, publicPathFor } from '@/lib/urls/publicContent'
import { getPayloadClient } from '@/lib/server/payload'

const refuse = (status: number, message: string) => new Response(message, { headers: { 'content-type': 'text/plain; charset=utf-8' }, status })

/**
 * Entry point of draft preview and live preview: a logged-in staff member
 * who may read the document (drafts included) is sent to its page with draft
 * mode on. Everyone else is refused; nothing is revealed about the document.
 */
export const enterPreview = async (request: Request): Promise<Response> => {
  const url = new URL(request.url)
  const collection = url.searchParams.get('collection') ?? ''
  const id = url.searchParams.get('id') ?? ''
  const locale = url.searchParams.get('locale') === 'en' ? 'en' : 'vi'
  if (!isPublicContent(collection) || !id) return refuse(400, 'Thiếu hoặc sai tham số collection/id.')
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  if (!user || !hasRole(user, ...STAFF_ROLES)) return refuse(401, 'Cần đăng nhập trang quản trị để xem bản nháp.')
  let doc: Record<string, unknown>
  try {
    doc = (await payload.findByID({ collection, depth: 1, draft: true, id, locale, overrideAccess: false, user })) as unknown as Record<string, unknown>
  } catch {
    return refuse(404, 'Không tìm thấy tài liệu, hoặc bạn không có quyền xem.')
  }
  ;(await draftMode()).enable()
  redirect(publicPathFor(collection, doc, locale))
}
