import type { Endpoint } from 'payload'

import { EDITOR_ROLES, hasRole } from '@/access/roles'
import { apiError } from '@/lib/http/apiError'
import { IMPORT_QUEUE } from '../job/task'

/** A running import whose heartbeat stopped this long ago died with its process: it may be started again. */
const STALE_MS = 2 * 60_000

/**
 * `POST /api/imports/:id/run`: the editor confirms a checked file; the job
 * queue writes it (within seconds, in its own process). Starting again an
 * import that failed or whose process died is allowed: the writing is
 * idempotent, so it finishes the work without duplicates.
 */
export const runEndpoint: Endpoint = {
  path: '/:id/run',
  method: 'post',
  handler: async (req) => {
    if (!hasRole(req.user, ...EDITOR_ROLES)) return apiError(req.user ? 403 : 401, 'Chỉ biên tập viên và quản trị viên được nhập dữ liệu.')
    const id = String(req.routeParams?.id ?? '')
    const found = await req.payload.find({ collection: 'imports', depth: 0, limit: 1, overrideAccess: false, req, user: req.user, where: { id: { equals: id } } }).catch(() => null)
    const record = found?.docs[0]
    if (!record) return apiError(404, 'Không tìm thấy lần nhập dữ liệu này.')
    const stale = record.status === 'running' && Date.now() - new Date(record.heartbeatAt ?? 0).getTime() > STALE_MS
    if (record.status === 'rejected') return apiError(409, 'Tệp còn dòng lỗi: sửa tệp rồi tải lên lại, hoặc chọn "Bỏ qua dòng lỗi".')
    if (record.status === 'queued' || (record.status === 'running' && !stale)) return apiError(409, 'Lần nhập này đang chạy.')
    await req.payload.jobs.queue({ input: { importId: String(record.id) }, queue: IMPORT_QUEUE, req, task: 'runImport' })
    const doc = await req.payload.update({ collection: 'imports', data: { status: 'queued' }, depth: 0, id: record.id, overrideAccess: false, req, user: req.user })
    return Response.json({ doc })
  },
}
