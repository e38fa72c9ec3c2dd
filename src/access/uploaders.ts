import type { Access } from 'payload'

import { hasRole } from './roles'

/** Staff who attach images and files to what they write. */
export const uploaders: Access = ({ req }) => hasRole(req.user, 'admin', 'editor', 'contributor', 'trainer')
