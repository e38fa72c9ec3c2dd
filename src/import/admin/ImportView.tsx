import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter, SetStepNav } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps } from 'payload'

import { EDITOR_ROLES, hasRole } from '@/access/roles'
import { importKinds } from '@/collections/Imports/options'
import { ImportPanel } from './ImportPanel.client'
import { IMPORT_VIEW_PATH } from './paths'
import { RecentImports } from './RecentImports'

/**
 * "Nhập dữ liệu" (/admin/nhap-du-lieu): upload a spreadsheet, see every
 * checked row, confirm; the job writes it while the page shows a live
 * count (the browser may be closed). A custom root view skips Payload's own
 * admin check, so this one checks the session and the role itself.
 */
export const ImportView = async ({ initPageResult, params, searchParams, user }: AdminViewServerProps) => {
  const { locale, permissions, req, visibleEntities } = initPageResult
  const admin = req.payload.config.routes.admin
  if (!req.user) redirect(`${admin}/login?redirect=${encodeURIComponent(`${admin}${IMPORT_VIEW_PATH}`)}`)
  if (!hasRole(req.user, ...EDITOR_ROLES)) redirect(admin)
  const recent = await req.payload.find({ collection: 'imports', depth: 0, limit: 10, overrideAccess: false, req, select: { counts: true, createdAt: true, filename: true, kind: true, status: true, summary: true }, sort: '-createdAt', user: req.user })
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      req={req}
      searchParams={searchParams}
      user={user}
      // Copied, as Payload's own views do: React 19 refuses the frozen original here.
      visibleEntities={{ collections: visibleEntities?.collections ?? [], globals: visibleEntities?.globals ?? [] }}
    >
      <SetStepNav nav={[{ label: 'Nhập dữ liệu' }]} />
      <Gutter>
        <h1 id="import-title">Nhập dữ liệu từ bảng tính</h1>
        <p>
          Tải lên tệp Excel (.xlsx) hoặc CSV (UTF-8), tối đa 50 MB. Mọi dòng được kiểm tra trước khi ghi; tệp đã nhập một lần sẽ không tạo bản trùng khi nhập lại.
        </p>
        <ImportPanel apiBase={req.payload.config.routes.api} kinds={importKinds.map((k) => ({ label: k.label.vi, value: k.value }))} />
        <RecentImports docs={recent.docs} />
      </Gutter>
    </DefaultTemplate>
  )
}
