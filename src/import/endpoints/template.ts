import type { Endpoint } from 'payload'

import { parseYear } from '@/clusters/years'
import { EDITOR_ROLES, hasRole } from '@/access/roles'
import { isImportKind } from '@/collections/Imports/options'
import { apiError } from '@/lib/http/apiError'
import { findClusterYear } from '../engine/clusterScores/lookups'
import { buildTemplate } from '../templates'
import { clusterYearTemplate } from '../templates/clusterScores'

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/**
 * `GET /api/imports/template/:kind`: the XLSX template (Vietnamese headers, one example row, a notes sheet).
 * `clusterScores?cluster=<slug or name>&year=2025`: that cluster's year, a row per member and a column per criterion.
 */
export const templateEndpoint: Endpoint = {
  path: '/template/:kind',
  method: 'get',
  handler: async (req) => {
    if (!hasRole(req.user, ...EDITOR_ROLES)) return apiError(req.user ? 403 : 401, 'Chỉ biên tập viên và quản trị viên được tải tệp mẫu nhập dữ liệu.')
    const kind = req.routeParams?.kind
    if (!isImportKind(kind)) return apiError(404, 'Không có tệp mẫu cho loại dữ liệu này (awards, exemplars, documents, clusterScores).')
    const cluster = req.searchParams.get('cluster')?.trim()
    const year = req.searchParams.get('year')?.trim()
    if (kind === 'clusterScores' && (cluster || year)) {
      const yearNumber = year ? parseYear(year) : null
      if (!cluster || yearNumber === null) return apiError(400, 'Mẫu điểm của một cụm, khối cần cả cụm, khối (tên hoặc đường dẫn) và năm (4 chữ số).')
      const found = await findClusterYear({ cluster, payload: req.payload, year: yearNumber })
      if ('error' in found) return apiError(404, found.error)
      const bytes = await clusterYearTemplate(found)
      return new Response(new Uint8Array(bytes), { headers: { 'content-disposition': `attachment; filename="mau-diem-${found.cluster.slug}-${year}.xlsx"`, 'content-type': XLSX } })
    }
    const bytes = await buildTemplate(kind)
    return new Response(new Uint8Array(bytes), { headers: { 'content-disposition': `attachment; filename="mau-nhap-${kind}.xlsx"`, 'content-type': XLSX } })
  },
}
