import type { PayloadRequest } from 'payload'

import { dueNominations } from './dueNominations'
import { type RetentionMode, retentionOf } from './options'

/** Rows per pass: bounded memory however many opinions a consultation drew. */
const BATCH = 500

export type RetentionResult = { anonymised: number; deleted: number; mode: RetentionMode; months: number; nominations: number }

/** What anonymising clears: everything that says who wrote it. Stance, text and dates stay. */
export const ANONYMOUS = { address: '', contact: '', fullName: '' } as const

const failIfAny = (errors: { id: number | string; message: string }[], what: string) => {
  if (errors.length) throw new Error(`Could not ${what} ${errors.length} opinion(s): ${errors.map((e) => `${e.id}: ${e.message}`).join('; ')}`)
}

/**
 * Anonymises or deletes the opinions of every consultation past retention.
 * Idempotent: anonymised opinions are marked and skipped, deleted ones are
 * gone, so a second run finds nothing to do. Deleting goes through Payload,
 * whose afterDelete hook purges the cached pages that show opinion counts
 * (anonymising keeps every stance, so the counts do not move).
 */
export const applyOpinionRetention = async ({ now = new Date(), req }: { now?: Date; req: PayloadRequest }): Promise<RetentionResult> => {
  const retention = retentionOf(await req.payload.findGlobal({ depth: 0, overrideAccess: true, req, slug: 'opinion-retention' }))
  const due = await dueNominations({ now, req, retention })
  const result: RetentionResult = { anonymised: 0, deleted: 0, mode: retention.mode, months: retention.months, nominations: due.length }
  if (!due.length) return result
  const ofDue = { nomination: { in: due } }

  if (retention.mode === 'anonymise') {
    const where = { and: [ofDue, { anonymisedAt: { exists: false } }] }
    for (;;) {
      const { docs, errors } = await req.payload.update({ collection: 'opinions', data: { ...ANONYMOUS, anonymisedAt: now.toISOString() }, depth: 0, limit: BATCH, overrideAccess: true, req, select: { reviewed: true }, where })
      failIfAny(errors, 'anonymise')
      result.anonymised += docs.length
      if (docs.length < BATCH) return result
    }
  }
  for (;;) {
    const { docs: batch } = await req.payload.find({ collection: 'opinions', depth: 0, limit: BATCH, overrideAccess: true, pagination: false, req, select: { reviewed: true }, where: ofDue })
    if (!batch.length) return result
    const { docs, errors } = await req.payload.delete({ collection: 'opinions', depth: 0, overrideAccess: true, req, select: { reviewed: true }, where: { id: { in: batch.map((o) => o.id) } } })
    failIfAny(errors, 'delete')
    if (!docs.length) throw new Error(`Could not delete opinions ${batch.map((o) => o.id).join(', ')}: nothing was deleted`)
    result.deleted += docs.length
  }
}
