import type { Access } from 'payload'

import { hasRole, STAFF_ROLES } from './roles'

/** Staff who attach images and files to what they write. */
export const uploaders: Access = ({ req }) => hasRole(req.user, ...STAFF_ROLES)
