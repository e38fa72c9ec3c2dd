import type { Access } from 'payload'

import { EDITOR_ROLES, hasRole } from '@/access/roles'

/**
 * Versions hold drafts, so they are staff-only: without this, Payload lets any
 * logged-in user (a partner's API key included) read them.
 */
export const editorialVersions: Access = ({ req }) => {
  if (hasRole(req.user, ...EDITOR_ROLES)) return true
  if (req.user && hasRole(req.user, 'contributor')) return { 'version.createdBy': { equals: req.user.id } }
  return false
}
