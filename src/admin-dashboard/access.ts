import { Forbidden, type PayloadRequest } from 'payload'

import { EDITOR_ROLES, hasRole } from '@/access/roles'

type MaybeUser = PayloadRequest['user'] | undefined

/** Who may read the activity log: it spans every collection, so editors and admins only. */
export const canSeeActivity = (user: MaybeUser): boolean => hasRole(user ?? null, ...EDITOR_ROLES)

/**
 * Refuses before any query runs: trainers may read course versions, so
 * collection access alone would hand them a partial log instead of a refusal.
 */
export const assertCanSeeActivity = (user: MaybeUser): void => {
  if (!canSeeActivity(user)) throw new Forbidden()
}
