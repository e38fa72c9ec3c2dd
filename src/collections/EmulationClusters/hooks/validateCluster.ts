import { type CollectionBeforeValidateHook, ValidationError } from 'payload'

import type { EmulationCluster } from '@/payload-types'
import { clusterIssues } from './clusterRules'

/**
 * Refuses a cluster whose scores break the rules (./clusterRules) with every
 * field named: a 400 the admin shows beside each field, never a 500. An
 * update may carry only some fields (REST PATCH, the score import): the
 * rest are checked as stored.
 */
export const validateCluster: CollectionBeforeValidateHook<EmulationCluster> = ({ data, originalDoc, req }) => {
  // The admin's autosave stores a draft while the editor is still typing a name; any real save (and every publish) is checked.
  const autosave = req.query?.autosave === 'true' || req.query?.autosave === true
  if (autosave && data?._status !== 'published') return data
  const members = data?.members !== undefined ? data.members : originalDoc?.members
  const years = data?.years !== undefined ? data.years : originalDoc?.years
  const errors = clusterIssues({ members, years })
  if (errors.length > 0) throw new ValidationError({ collection: 'emulation-clusters', errors, req })
  return data
}
