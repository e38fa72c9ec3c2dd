import type { Access } from 'payload'

import { EDITOR_ROLES, hasRole } from './roles'

/** Uploads: editors and admins manage all; other staff only what they uploaded. */
export const ownerOrEditor: Access = ({ req }) => {
  if (hasRole(req.user, ...EDITOR_ROLES)) return true
  if (req.user && hasRole(req.user, 'contributor', 'trainer')) return { createdBy: { equals: req.user.id } }
  return false
}
