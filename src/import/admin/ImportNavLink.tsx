import type { ServerProps } from 'payload'

import { EDITOR_ROLES, hasRole } from '@/access/roles'
import { IMPORT_VIEW_PATH } from './paths'

/** "Nhập dữ liệu" in the admin's side navigation, for editors and admins. */
export const ImportNavLink = ({ payload, user }: ServerProps) => {
  if (!hasRole(user ?? null, ...EDITOR_ROLES)) return null
  return (
    <a className="nav__link" href={`${payload.config.routes.admin}${IMPORT_VIEW_PATH}`} id="nav-import">
      <span className="nav__link-label">Nhập dữ liệu</span>
    </a>
  )
}
