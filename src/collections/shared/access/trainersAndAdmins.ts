import type { Access } from 'payload'

import { hasRole } from '@/access/roles'

/** Training content is written and published by trainers (and admins). */
export const trainersAndAdmins: Access = ({ req }) => hasRole(req.user, 'admin', 'trainer')
