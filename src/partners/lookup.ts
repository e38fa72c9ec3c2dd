import { getPayloadClient } from '@/lib/server/payload'

import { keyFingerprint } from './apiKey'
import { openPartnerCache } from './keyCache'
import { type Partner, toPartner } from './partner'

/** The account behind an API key (through Payload's own API-key strategy), or null for an unknown, disabled or revoked key. */
export const partnerForKey = async (key: string): Promise<Partner | null> => {
  const fingerprint = keyFingerprint(key)
  const cache = await openPartnerCache()
  const hit = cache.partner(fingerprint)
  if (hit !== undefined) return hit
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: new Headers({ authorization: `users API-Key ${key}` }) })
  const partner = user ? toPartner(user as unknown as Record<string, unknown>) : null
  cache.rememberPartner(fingerprint, partner)
  return partner
}

/** Every origin some partner registered: a browser's preflight carries no key, so it is answered from this list. */
export const registeredOrigins = async (): Promise<Set<string>> => {
  const cache = await openPartnerCache()
  const hit = cache.origins()
  if (hit) return hit
  const payload = await getPayloadClient()
  const { docs } = await payload.find({ collection: 'users', depth: 0, limit: 0, overrideAccess: true, pagination: false, select: { allowedOrigins: true }, where: { role: { equals: 'partner' } } })
  const set = new Set(docs.flatMap((d) => toPartner(d as unknown as Record<string, unknown>).allowedOrigins))
  cache.rememberOrigins(set)
  return set
}
