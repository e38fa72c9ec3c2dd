import { hasRole } from '@/access/roles'
import { getPayloadClient } from '@/lib/server/payload'
import { keyFingerprint } from './apiKey'

export type Partner = { allowedOrigins: string[]; id: number | string; isPartner: boolean; requestsPerMinute: number }

/** How long a key lookup is trusted; any change to a user clears everything at once (see forgetPartners). */
const TTL_MS = 60_000
export const DEFAULT_REQUESTS_PER_MINUTE = 120

let byKey = new Map<string, { expires: number; partner: Partner | null }>()
let origins: { expires: number; set: Set<string> } | null = null

/** Called by the users collection's hooks: a revoked key or a changed origin list applies to the next request. */
export const forgetPartners = () => {
  byKey = new Map()
  origins = null
}

const toPartner = (user: Record<string, unknown>): Partner => ({
  allowedOrigins: (Array.isArray(user.allowedOrigins) ? user.allowedOrigins : []).map((o: { origin?: string }) => String(o.origin ?? '').replace(/\/$/, '')),
  id: user.id as number | string,
  isPartner: hasRole(user as never, 'partner'),
  requestsPerMinute: typeof user.requestsPerMinute === 'number' && user.requestsPerMinute > 0 ? user.requestsPerMinute : DEFAULT_REQUESTS_PER_MINUTE,
})

/** The account behind an API key (through Payload's own API-key strategy), or null for an unknown, disabled or revoked key. */
export const partnerForKey = async (key: string): Promise<Partner | null> => {
  const fingerprint = keyFingerprint(key)
  const hit = byKey.get(fingerprint)
  if (hit && hit.expires > Date.now()) return hit.partner
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: new Headers({ authorization: `users API-Key ${key}` }) })
  const partner = user ? toPartner(user as unknown as Record<string, unknown>) : null
  byKey.set(fingerprint, { expires: Date.now() + TTL_MS, partner })
  return partner
}

/** Every origin some partner registered: a browser's preflight carries no key, so it is answered from this list. */
export const registeredOrigins = async (): Promise<Set<string>> => {
  if (origins && origins.expires > Date.now()) return origins.set
  const payload = await getPayloadClient()
  const { docs } = await payload.find({ collection: 'users', depth: 0, limit: 0, overrideAccess: true, pagination: false, select: { allowedOrigins: true }, where: { role: { equals: 'partner' } } })
  const set = new Set(docs.flatMap((d) => toPartner(d as unknown as Record<string, unknown>).allowedOrigins))
  origins = { expires: Date.now() + TTL_MS, set }
  return set
}
