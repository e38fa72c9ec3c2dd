import type { Access } from 'payload'

import { hasRole, publishedOnly } from './roles'

/**
 * Editorial content: editors and admins read everything, contributors read
 * what is published plus their own drafts, everyone else published only.
 */
export const publishedOrEditor: Access = ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor')) return true
  if (req.user && hasRole(req.user, 'contributor')) {
    return { or: [publishedOnly, { createdBy: { equals: req.user.id } }] }
  }
  return publishedOnly
}
