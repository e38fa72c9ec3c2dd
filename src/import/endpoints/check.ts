import { addDataAndFileToRequest, type Endpoint } from 'payload'

import { EDITOR_ROLES, hasRole } from '@/access/roles'
import { IMPORT_MAX_BYTES, isImportKind } from '@/collections/Imports/options'
import { apiError } from '@/lib/http/apiError'
import { checkFile, summaryLine } from '../engine/run'
import { ImportFileError } from '../types'
import { reportForRecord } from './reportForRecord'

const yes = (value: unknown) => value === true || value === 'true' || value === 'on' || value === '1'

/**
 * `POST /api/imports/check` (multipart: file, kind, publish, skipInvalid):
 * the first step of the admin's "Nhập dữ liệu". Checks every row and keeps
 * the file and the report as an import record; writes no content. A file
 * that cannot be read is refused (400/413) with the reason and kept nowhere.
 */
export const checkEndpoint: Endpoint = {
  path: '/check',
  method: 'post',
  handler: async (req) => {
    if (!hasRole(req.user, ...EDITOR_ROLES)) return apiError(req.user ? 403 : 401, 'Chỉ biên tập viên và quản trị viên được nhập dữ liệu.')
    try {
      await addDataAndFileToRequest(req)
    } catch {
      return apiError(400, 'Không đọc được nội dung gửi lên; hãy chọn lại tệp.')
    }
    const data = (req.data ?? {}) as Record<string, unknown>
    const file = req.file
    if (!isImportKind(data.kind)) return apiError(400, 'Chọn loại dữ liệu: quyết định khen thưởng, gương điển hình, văn bản hoặc điểm thi đua cụm, khối.')
    if (!file?.data?.length) return apiError(400, 'Chưa chọn tệp bảng tính (.xlsx hoặc .csv).')
    if (file.size > IMPORT_MAX_BYTES) return apiError(413, `Tệp quá lớn: tối đa ${IMPORT_MAX_BYTES / 1024 / 1024} MB; hãy chia thành nhiều tệp.`)
    const kind = data.kind
    try {
      const check = await checkFile({ bytes: file.data, filename: file.name, kind, payload: req.payload })
      const rejected = check.plan.issues.length > 0
      const skipInvalid = yes(data.skipInvalid)
      const doc = await req.payload.create({
        collection: 'imports',
        data: {
          counts: { records: check.plan.records.length, rejected: new Set(check.plan.issues.map((i) => i.row)).size, rows: check.plan.rows },
          kind,
          publish: yes(data.publish),
          report: reportForRecord(check),
          skipInvalid,
          status: rejected && !skipInvalid ? 'rejected' : 'checked',
          summary: summaryLine({ counts: null, kind, plan: check.plan, written: false }),
        },
        depth: 0,
        file: { data: file.data, mimetype: file.mimetype, name: file.name, size: file.size },
        overrideAccess: false,
        req,
        user: req.user,
      })
      return Response.json({ doc }, { status: 201 })
    } catch (error) {
      if (error instanceof ImportFileError) return apiError(error.code === 'tooLarge' ? 413 : 400, error.message)
      throw error
    }
  },
}
