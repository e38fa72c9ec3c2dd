import type { FieldHook } from 'payload'

import type { Nomination } from '@/payload-types'

/**
 * Records when a nomination was withdrawn: opinion retention counts from it
 * (src/consultation/retention). Set once on the change to "withdrawn", kept
 * while it stays withdrawn, cleared if it is ever reopened.
 */
export const stampWithdrawal: FieldHook<Nomination> = ({ data, originalDoc, value }) => {
  const status = data?.status ?? originalDoc?.status
  if (status !== 'withdrawn') return null
  if (originalDoc?.status === 'withdrawn') return originalDoc.withdrawnAt ?? value ?? new Date().toISOString()
  return new Date().toISOString()
}
