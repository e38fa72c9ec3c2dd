import type { Access } from 'payload'

import { hasRole, publishedOnly } from './roles'

/** Training content: trainers write it, editors review it, the rest read published. */
export const publishedOrTrainer: Access = ({ req }) =>
  hasRole(req.user, 'admin', 'trainer', 'editor') ? true : publishedOnly
