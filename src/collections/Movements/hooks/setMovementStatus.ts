import type { CollectionBeforeChangeHook } from 'payload'

import { deriveMovementStatus } from '../status'

/** Stored so listings can filter by it; the daily job keeps it current as dates pass. */
export const setMovementStatus: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  data.status = deriveMovementStatus({
    milestones: data.milestones ?? originalDoc?.milestones,
    period: data.period ?? originalDoc?.period,
  })
  return data
}
