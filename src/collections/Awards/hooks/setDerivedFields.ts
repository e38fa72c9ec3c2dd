import type { CollectionBeforeChangeHook } from 'payload'

import { decisionKey } from '../decisionKey'
import { computeStatFacts } from '../statFacts'

/**
 * The decision key (imports find a decision by it) and the statistics facts
 * follow the decision on every save. The key follows the Vietnamese issuer,
 * as the folded copies do, so an English edit leaves it alone.
 */
export const setDerivedFields: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const pick = (name: string): unknown => (name in data ? data[name] : originalDoc?.[name])
  data.statFacts = computeStatFacts({ otherRecipients: pick('otherRecipients'), recipients: pick('recipients') })
  if (req.locale && req.locale !== 'vi' && originalDoc?.decisionKey) return data
  const [number, date, issuer] = [pick('decisionNumber'), pick('decisionDate'), pick('issuer')]
  if (typeof number === 'string' && typeof issuer === 'string' && (typeof date === 'string' || date instanceof Date)) {
    data.decisionKey = decisionKey({ date, issuer, number })
  }
  return data
}
