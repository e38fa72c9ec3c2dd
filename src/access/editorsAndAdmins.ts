import type { Access } from 'payload'

import { EDITOR_ROLES, hasRole } from './roles'

export const editorsAndAdmins: Access = ({ req }) => hasRole(req.user, ...EDITOR_ROLES)
