import type { Access } from 'payload'

import { hasRole } from './roles'

export const editorsAndAdmins: Access = ({ req }) => hasRole(req.user, 'admin', 'editor')
