import type { Payload } from 'payload'

import type { Award } from '@/payload-types'
import { relationIds } from '@/lib/queries/relations'
import { foldAwardText } from './foldedText'

const BATCH = 100

/**
 * Fills the register's folded copies on decisions saved before they existed
 * (migration 20261127_102908_award_register). It runs from
 * scripts/prepare-db.ts rather than in the migration because MongoDB has no
 * migrations here. It writes through the adapter (`db.updateOne`, only the two
 * fields): a full `payload.update` would add a version and could bury an
 * editor's newer draft. Cheap once done: one query finds nothing missing.
 */
export const backfillAwardFolded = async ({ payload }: { payload: Payload }): Promise<number> => {
  let done = 0
  let after = 0
  for (;;) {
    // Walking ids upwards ends the loop whatever the rows contain.
    const { docs }: { docs: Pick<Award, 'id' | 'issuer' | 'otherRecipients' | 'recipients'>[] } = await payload.find({
      collection: 'awards',
      depth: 0,
      limit: BATCH,
      locale: 'vi',
      overrideAccess: true,
      pagination: false,
      select: { issuer: true, otherRecipients: true, recipients: true },
      sort: 'id',
      where: { and: [{ recipientNamesFolded: { exists: false } }, { id: { greater_than: after } }] },
    })
    if (docs.length === 0) return done
    const ids = [...new Set(docs.flatMap((d) => relationIds(d.recipients)))]
    const { docs: exemplars } = await payload.find({ collection: 'exemplars', depth: 0, limit: ids.length, locale: 'vi', overrideAccess: true, pagination: false, select: { name: true }, where: { and: [{ id: { in: ids } }, { _status: { equals: 'published' } }] } })
    const names = new Map(exemplars.map((e) => [e.id, e.name]))
    for (const doc of docs) {
      const folded = foldAwardText({ issuer: doc.issuer, names: [...relationIds(doc.recipients).map((id) => names.get(id as number)), ...(doc.otherRecipients ?? []).map((o) => o.name)] })
      await payload.db.updateOne({ collection: 'awards', data: folded, id: doc.id, locale: 'vi', returning: false })
      done++
    }
    if (docs.length < BATCH) return done
    after = docs[docs.length - 1].id
  }
}
