import type { CollectionBeforeChangeHook } from 'payload'
import { Forbidden } from 'payload'

import { hasRole } from '@/access/roles'

/**
 * Contributors write drafts; publishing is an editor's decision. Access
 * control cannot see the target status, so this hook refuses it.
 */
export const preventContributorPublish: CollectionBeforeChangeHook = ({ data, req }) => {
  if (data._status === 'published' && hasRole(req.user, 'contributor')) {
    throw new Forbidden(req.t)
  }
  return data
}
