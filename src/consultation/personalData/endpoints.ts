import type { Endpoint, PayloadRequest } from 'payload'

import { EDITOR_ROLES, hasRole } from '@/access/roles'
import { apiError as refuse } from '@/lib/http/apiError'
import { vietnamDay } from '@/lib/working-days'
import { recordRequest } from './audit'
import { findPersonsOpinions } from './find'
import { personsOpinionsCsv, personsOpinionsJson } from './files'
import { personQuery } from './match'

const FORBIDDEN = 'Chỉ biên tập viên và quản trị viên được xử lý yêu cầu về dữ liệu cá nhân trong ý kiến nhân dân.'
const MAX_BODY_BYTES = 64 * 1024
const MAX_IDS = 5_000
const PRIVATE = { 'Cache-Control': 'private, no-store' }

const isEditor = (req: PayloadRequest) => hasRole(req.user, ...EDITOR_ROLES)

/**
 * GET /api/opinions/personal-data?contact=…[&name=…][&format=json|csv] — one
 * person's opinions across all nominations, for a data subject request. No
 * format: the list the admin tool shows; json or csv: a download for the
 * person, recorded in the request log.
 */
const findEndpoint: Endpoint = {
  method: 'get',
  path: '/personal-data',
  handler: async (req) => {
    if (!isEditor(req)) return refuse(403, FORBIDDEN)
    const format = req.searchParams.get('format')
    if (format !== null && format !== 'json' && format !== 'csv') return refuse(400, 'Định dạng (format) phải là json hoặc csv.')
    const query = personQuery({ contact: req.searchParams.get('contact'), name: req.searchParams.get('name') ?? undefined })
    if (typeof query === 'string') return refuse(400, query)
    const opinions = await findPersonsOpinions({ query, req })
    const body = personsOpinionsJson({ opinions, query })
    if (format === null) return Response.json(body, { headers: PRIVATE })
    await recordRequest({ action: `export-${format}`, count: opinions.length, query, req })
    const name = `y-kien-ca-nhan-${vietnamDay(new Date())}.${format}`
    const headers = { ...PRIVATE, 'Content-Disposition': `attachment; filename="${name}"` }
    if (format === 'csv') return new Response(personsOpinionsCsv(opinions), { headers: { ...headers, 'Content-Type': 'text/csv; charset=utf-8' } })
    return new Response(JSON.stringify(body, null, 2), { headers: { ...headers, 'Content-Type': 'application/json; charset=utf-8' } })
  },
}

type EraseBody = { contact?: unknown; ids?: unknown; name?: unknown }

const readBody = async (req: PayloadRequest): Promise<EraseBody | string> => {
  if (req.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase() !== 'application/json') return 'Chỉ nhận application/json.'
  const text = (await req.text?.()) ?? ''
  if (text.length > MAX_BODY_BYTES) return 'Nội dung gửi quá lớn.'
  try {
    const parsed: unknown = JSON.parse(text)
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as EraseBody) : 'Dữ liệu JSON phải là một đối tượng.'
  } catch {
    return 'Dữ liệu JSON không hợp lệ.'
  }
}

/**
 * POST /api/opinions/personal-data/erase {contact, name?, ids} — deletes the
 * listed opinions that belong to this person. `ids` are the ones the editor
 * saw and confirmed: an opinion that arrived since, or anyone else's, is
 * never touched.
 */
const eraseEndpoint: Endpoint = {
  method: 'post',
  path: '/personal-data/erase',
  handler: async (req) => {
    if (!isEditor(req)) return refuse(403, FORBIDDEN)
    if (Number(req.headers.get('content-length') ?? 0) > MAX_BODY_BYTES) return refuse(413, 'Nội dung gửi quá lớn.')
    const body = await readBody(req)
    if (typeof body === 'string') return refuse(400, body)
    const query = personQuery({ contact: body.contact, name: body.name })
    if (typeof query === 'string') return refuse(400, query)
    const { ids } = body
    if (!Array.isArray(ids) || !ids.length || ids.length > MAX_IDS || !ids.every((id) => (typeof id === 'number' || typeof id === 'string') && String(id).length <= 64)) {
      return refuse(400, `Cần danh sách mã ý kiến (ids) đã xác nhận xoá: từ 1 đến ${MAX_IDS} mã.`)
    }
    const confirmed = new Set(ids.map(String))
    const erasable = (await findPersonsOpinions({ query, req })).filter((o) => confirmed.has(String(o.id))).map((o) => o.id)
    let deleted = 0
    if (erasable.length) {
      const result = await req.payload.delete({ collection: 'opinions', depth: 0, overrideAccess: false, req, select: { reviewed: true }, user: req.user, where: { id: { in: erasable } } })
      if (result.errors.length) return refuse(500, `Không xoá được ${result.errors.length} ý kiến; thử lại hoặc báo quản trị viên.`)
      deleted = result.docs.length
    }
    await recordRequest({ action: 'erase', count: deleted, query, req })
    return Response.json({ deleted, notMatched: confirmed.size - deleted }, { headers: PRIVATE })
  },
}

export const personalDataEndpoints: Endpoint[] = [findEndpoint, eraseEndpoint]
