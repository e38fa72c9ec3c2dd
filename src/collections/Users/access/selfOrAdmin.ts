import type { Access } from 'payload'

import { hasRole } from '@/access/roles'

/** Users: admins see and edit everyone; others only themselves. */
export const selfOrAdmin: Access = ({ req }) => {
  if (hasRole(req.user, 'admin')) return true
  if (req.user) return { id: { equals: req.user.id } }
  return false
}
