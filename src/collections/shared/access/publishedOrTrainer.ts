import type { Access } from 'payload'

import { hasRole, publishedOnly, TRAINING_STAFF_ROLES } from '@/access/roles'

/** Training content: trainers write it, editors review it, the rest read published. */
export const publishedOrTrainer: Access = ({ req }) =>
  hasRole(req.user, ...TRAINING_STAFF_ROLES) ? true : publishedOnly
