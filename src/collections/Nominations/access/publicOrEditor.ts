import type { Access } from 'payload'

import { EDITOR_ROLES, hasRole } from '@/access/roles'

/**
 * Editors and admins read every nomination; everyone else (anonymous,
 * partners, trainers, contributors) only those put up for consultation,
 * whatever happened to them after: a draft is internal work.
 */
export const publicOrEditor: Access = ({ req }) => (hasRole(req.user, ...EDITOR_ROLES) ? true : { status: { not_equals: 'draft' } })
