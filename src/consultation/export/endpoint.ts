import type { Endpoint, Where } from 'payload'

import { EDITOR_ROLES, hasRole } from '@/access/roles'
import { apiError as refuse } from '@/lib/http/apiError'
import { documentIdFromUrl } from '@/lib/server/documentId'
import { vietnamDay } from '@/lib/working-days'
import { opinionsToCsv } from './csv'
import { opinionsToXlsx } from './xlsx'

const FORMATS = { csv: 'text/csv; charset=utf-8', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } as const
/** Far above any real consultation; keeps one request from reading an unbounded table. */
const MAX_ROWS = 20_000

/**
 * GET /api/opinions/export?nomination=<id>&format=csv|xlsx[&reviewed=true|false][&stance=…]
 * — one nomination's opinions for the council. Moderators only; the read
 * itself runs with their access, so the rule lives in one place.
 */
export const exportEndpoint: Endpoint = {
  method: 'get',
  path: '/export',
  handler: async (req) => {
    if (!req.user) return refuse(401, 'Cần đăng nhập với quyền biên tập viên để tải ý kiến.')
    if (!hasRole(req.user, ...EDITOR_ROLES)) return refuse(403, 'Chỉ biên tập viên và quản trị viên được tải ý kiến nhân dân.')
    const format = req.searchParams.get('format') ?? 'csv'
    if (format !== 'csv' && format !== 'xlsx') return refuse(400, 'Định dạng phải là csv hoặc xlsx.')
    const nominationParam = req.searchParams.get('nomination')
    if (!nominationParam) return refuse(400, 'Thiếu tham số nomination (mã hồ sơ đề nghị).')
    const nominationId = documentIdFromUrl({ collection: 'nominations', payload: req.payload, value: nominationParam })
    const found = nominationId === null ? null : await req.payload.find({ collection: 'nominations', depth: 0, limit: 1, overrideAccess: false, pagination: false, req, select: { slug: true, title: true }, user: req.user, where: { id: { equals: nominationId } } })
    const nomination = found?.docs[0]
    if (!nomination) return refuse(404, 'Không tìm thấy hồ sơ đề nghị khen thưởng này.')

    const and: Where[] = [{ nomination: { equals: nomination.id } }]
    const reviewed = req.searchParams.get('reviewed')
    if (reviewed === 'true' || reviewed === 'false') and.push({ reviewed: { equals: reviewed === 'true' } })
    const stance = req.searchParams.get('stance')
    if (stance) and.push({ stance: { equals: stance } })
    const { docs } = await req.payload.find({ collection: 'opinions', depth: 0, limit: MAX_ROWS, overrideAccess: false, pagination: false, req, sort: 'createdAt', user: req.user, where: { and } })

    const name = `y-kien-${nomination.slug ?? nomination.id}-${vietnamDay(new Date())}.${format}`
    const headers = { 'Cache-Control': 'private, no-store', 'Content-Disposition': `attachment; filename="${name}"`, 'Content-Type': FORMATS[format] }
    const body = format === 'csv' ? opinionsToCsv(docs) : new Uint8Array(await opinionsToXlsx({ opinions: docs, title: nomination.title }))
    return new Response(body, { headers })
  },
}
