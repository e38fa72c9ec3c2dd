import type { Payload } from 'payload'

import type { Award } from '@/payload-types'
import { decisionKey } from './decisionKey'
import { computeStatFacts } from './statFacts'

const BATCH = 200

/**
 * Fills the decision key and the statistics facts on decisions saved before
 * they existed (migration 20261202_232715_import_and_statistics), as
 * backfillAwardFolded does for the folded copies and for the same reasons:
 * run from scripts/prepare-db.ts (MongoDB has no migrations here), written
 * through the adapter so no version is added. One empty query once done.
 */
export const backfillAwardDerived = async ({ payload }: { payload: Payload }): Promise<number> => {
  let done = 0
  let after: number | string = 0
  for (;;) {
    const { docs }: { docs: Pick<Award, 'decisionDate' | 'decisionNumber' | 'id' | 'issuer' | 'otherRecipients' | 'recipients'>[] } = await payload.find({
      collection: 'awards',
      depth: 0,
      limit: BATCH,
      locale: 'vi',
      overrideAccess: true,
      pagination: false,
      select: { decisionDate: true, decisionNumber: true, issuer: true, otherRecipients: true, recipients: true },
      sort: 'id',
      where: { and: [{ decisionKey: { exists: false } }, { id: { greater_than: after } }] },
    })
    for (const doc of docs) {
      const data = {
        decisionKey: decisionKey({ date: doc.decisionDate, issuer: doc.issuer, number: doc.decisionNumber }),
        statFacts: computeStatFacts({ otherRecipients: doc.otherRecipients, recipients: doc.recipients }),
      }
      await payload.db.updateOne({ collection: 'awards', data, id: doc.id, locale: 'vi', returning: false })
      done++
    }
    if (docs.length < BATCH) return done
    after = docs[docs.length - 1].id
  }
}
