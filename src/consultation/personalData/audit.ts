import type { PayloadRequest } from 'payload'

import { maskContact, type PersonQuery } from './match'

type Action = 'erase' | 'export-csv' | 'export-json'

/** A log line and an audit document for every export or erasure: who, what, how many, when (createdAt). */
export const recordRequest = async ({ action, count, query, req }: { action: Action; count: number; query: PersonQuery; req: PayloadRequest }): Promise<void> => {
  const contactMasked = maskContact(query.contactKey)
  req.payload.logger.info({ action, contactMasked, count, msg: 'Personal data request handled', userId: req.user?.id })
  // The log is append-only for everyone, so only this code writes it.
  await req.payload.create({ collection: 'privacy-requests', data: { action, contactMasked, count, user: req.user?.id }, depth: 0, overrideAccess: true, req })
}
