import type { Access } from 'payload'

import { hasRole } from './roles'

/** Training drafts are visible to trainers and to editors who review them. */
export const trainingVersions: Access = ({ req }) => hasRole(req.user, 'admin', 'trainer', 'editor')
