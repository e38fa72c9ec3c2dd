import type { Access } from 'payload'

import { hasRole } from '@/access/roles'

/** Who may create editorial content (contributors create drafts only). */
export const writers: Access = ({ req }) => hasRole(req.user, 'admin', 'editor', 'contributor')
