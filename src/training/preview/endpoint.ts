import type { Endpoint, PayloadHandler } from 'payload'

import { trainingStaff } from '@/access/trainingStaff'
import { documentIdFromUrl } from '@/lib/server/documentId'
import { sitePaths, siteUrl } from '@/lib/urls/sitePaths'
import { MAX_PREVIEW_HOURS, signPreviewToken } from './token'

const json = (body: unknown, status = 200) => Response.json(body, { headers: { 'Cache-Control': 'no-store' }, status })

const readHours = async (req: Parameters<PayloadHandler>[0]): Promise<number | null> => {
  try {
    const body: unknown = await req.json?.()
    const hours = body && typeof body === 'object' ? (body as { hours?: unknown }).hours : undefined
    return typeof hours === 'number' && Number.isInteger(hours) && hours >= 1 && hours <= MAX_PREVIEW_HOURS ? hours : null
  } catch {
    return null
  }
}

/**
 * POST /api/courses/:id/preview-link {hours} → {url, expiresAt}: a signed link
 * to the course's latest draft that works without an account. Only staff who
 * may read training drafts (trainers, editors, admins) may create one, and
 * only for a course they can read.
 */
const handler: PayloadHandler = async (req) => {
  if (!req.user) return json({ error: 'Cần đăng nhập để tạo liên kết xem trước. / Log in to create a preview link.' }, 401)
  if (!(await trainingStaff({ req }))) return json({ error: 'Chỉ giảng viên, biên tập viên và quản trị viên được tạo liên kết xem trước. / Only trainers, editors and admins may create preview links.' }, 403)
  const hours = await readHours(req)
  if (hours === null) return json({ error: `Thời hạn phải là số giờ nguyên từ 1 đến ${MAX_PREVIEW_HOURS}. / "hours" must be a whole number from 1 to ${MAX_PREVIEW_HOURS}.` }, 400)
  const id = documentIdFromUrl({ collection: 'courses', payload: req.payload, value: req.routeParams?.id })
  if (id === null) return json({ error: 'Không tìm thấy khóa học. / Course not found.' }, 404)
  const { docs } = await req.payload.find({ collection: 'courses', depth: 0, draft: true, limit: 1, overrideAccess: false, pagination: false, req, select: { slug: true }, user: req.user, where: { id: { equals: id } } })
  const course = docs[0]
  if (!course) return json({ error: 'Không tìm thấy khóa học. / Course not found.' }, 404)
  const expiresAt = new Date(Date.now() + hours * 3600_000)
  const token = signPreviewToken({ courseId: course.id, expiresAt, secret: req.payload.secret })
  return json({ expiresAt: expiresAt.toISOString(), url: `${siteUrl()}${sitePaths.coursePreview(token)}` })
}

export const previewLinkEndpoint: Endpoint = { handler, method: 'post', path: '/:id/preview-link' }
