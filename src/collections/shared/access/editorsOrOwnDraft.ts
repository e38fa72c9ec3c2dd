import type { Access, Where } from 'payload'

import { EDITOR_ROLES, hasRole } from '@/access/roles'

/** Delete: editors and admins anything; contributors only their own unpublished drafts. */
export const editorsOrOwnDraft: Access = ({ req }) => {
  if (hasRole(req.user, ...EDITOR_ROLES)) return true
  if (req.user && hasRole(req.user, 'contributor')) {
    const ownDraft: Where = { and: [{ createdBy: { equals: req.user.id } }, { _status: { equals: 'draft' } }] }
    return ownDraft
  }
  return false
}
