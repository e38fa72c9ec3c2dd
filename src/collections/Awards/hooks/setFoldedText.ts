import type { CollectionBeforeChangeHook } from 'payload'

import type { Award } from '@/payload-types'
import { relationIds } from '@/lib/queries/relations'
import { foldAwardText } from '../foldedText'

type OtherRecipient = { name?: null | string }

/**
 * Keeps the register's folded copies in step with the decision. They are not
 * localized and follow the Vietnamese text (names and issuers are Vietnamese
 * proper nouns), so a write in another language leaves them alone unless
 * they are missing.
 */
export const setFoldedText: CollectionBeforeChangeHook<Award> = async ({ data, originalDoc, req }) => {
  if (req.locale && req.locale !== 'vi' && originalDoc?.recipientNamesFolded) return data
  const ids = relationIds(data.recipients ?? originalDoc?.recipients)
  const others = (data.otherRecipients ?? originalDoc?.otherRecipients ?? []) as OtherRecipient[]
  const exemplars = ids.length
    ? (
        await req.payload.find({
          collection: 'exemplars',
          depth: 0,
          limit: ids.length,
          locale: 'vi',
          overrideAccess: true,
          pagination: false,
          req,
          select: { name: true },
          // Unpublished profiles stay unsearchable, as the listing does not show them either.
          where: { and: [{ id: { in: ids } }, { _status: { equals: 'published' } }] },
        })
      ).docs
    : []
  const issuer = data.issuer ?? originalDoc?.issuer
  Object.assign(data, foldAwardText({ issuer: typeof issuer === 'string' ? issuer : undefined, names: [...exemplars.map((e) => e.name), ...others.map((o) => o.name)] }))
  return data
}
