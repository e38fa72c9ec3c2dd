import type { Access } from 'payload'

import { EDITOR_ROLES, hasRole } from '@/access/roles'

/** Update: editors and admins anything; contributors only documents they created. */
export const editorsOrOwnContributor: Access = ({ req }) => {
  if (hasRole(req.user, ...EDITOR_ROLES)) return true
  if (req.user && hasRole(req.user, 'contributor')) return { createdBy: { equals: req.user.id } }
  return false
}
