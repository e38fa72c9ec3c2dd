import type { Access } from 'payload'

import { hasRole } from './roles'

export const admins: Access = ({ req }) => hasRole(req.user, 'admin')
