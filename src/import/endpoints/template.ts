import type { Endpoint } from 'payload'

import { EDITOR_ROLES, hasRole } from '@/access/roles'
import { isImportKind } from '@/collections/Imports/options'
import { apiError } from '@/lib/http/apiError'
import { buildTemplate } from '../templates'

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** `GET /api/imports/template/:kind`: the XLSX template (Vietnamese headers, one example row, a notes sheet). */
export const templateEndpoint: Endpoint = {
  path: '/template/:kind',
  method: 'get',
  handler: async (req) => {
    if (!hasRole(req.user, ...EDITOR_ROLES)) return apiError(req.user ? 403 : 401, 'Chỉ biên tập viên và quản trị viên được tải tệp mẫu nhập dữ liệu.')
    const kind = req.routeParams?.kind
    if (!isImportKind(kind)) return apiError(404, 'Không có tệp mẫu cho loại dữ liệu này (awards, exemplars, documents).')
    const bytes = await buildTemplate(kind)
    return new Response(new Uint8Array(bytes), { headers: { 'content-disposition': `attachment; filename="mau-nhap-${kind}.xlsx"`, 'content-type': XLSX } })
  },
}
