import type { Access } from 'payload'

import { EDITOR_ROLES, hasRole, publishedOnly } from '@/access/roles'

/**
 * Editorial content: editors and admins read everything, contributors read
 * what is published plus their own drafts, everyone else published only.
 */
export const publishedOrEditor: Access = ({ req }) => {
  if (hasRole(req.user, ...EDITOR_ROLES)) return true
  if (req.user && hasRole(req.user, 'contributor')) {
    return { or: [publishedOnly, { createdBy: { equals: req.user.id } }] }
  }
  return publishedOnly
}
