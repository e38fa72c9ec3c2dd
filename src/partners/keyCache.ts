import type { Partner } from './partner'

/** How long a key lookup is trusted; any change to a user clears everything at once (see forgetPartners). */
const TTL_MS = 60_000

let byKey = new Map<string, { expires: number; partner: Partner | null }>()
let origins: { expires: number; set: Set<string> } | null = null

/** Called by the users collection's hooks: a revoked key or a changed origin list applies to the next request. */
export const forgetPartners = () => {
  byKey = new Map()
  origins = null
}

/** The remembered lookup of a key (by fingerprint): a partner, null for a refused key, undefined when not known or stale. */
export const cachedPartner = (fingerprint: string): Partner | null | undefined => {
  const hit = byKey.get(fingerprint)
  return hit && hit.expires > Date.now() ? hit.partner : undefined
}

export const rememberPartner = (fingerprint: string, partner: Partner | null): void => {
  byKey.set(fingerprint, { expires: Date.now() + TTL_MS, partner })
}

export const cachedOrigins = (): Set<string> | undefined => (origins && origins.expires > Date.now() ? origins.set : undefined)

export const rememberOrigins = (set: Set<string>): void => {
  origins = { expires: Date.now() + TTL_MS, set }
}
