import { randomUUID } from 'node:crypto'

import { noteRedisFailure, readyRedis, redisKey } from '@/lib/server/redis'
import type { Partner } from './partner'

/**
 * Each instance remembers key lookups (and the partners' origins) for a
 * minute; a change to any user must still apply on every instance at once.
 *
 * Why a generation in Redis rather than a pub/sub message: a message arrives
 * some milliseconds after it is sent, and in that gap another instance would
 * still accept a revoked key. Instead every lookup reads the generation (one
 * MGET, well under a millisecond) and drops its cache when it changed, so
 * the next request after the change is checked against the database.
 *
 * Why "settling": the users hook runs before its transaction commits, so a
 * lookup made between the hook and the commit still reads the old row. For
 * SETTLE_MS after a change no instance fills its cache (every lookup goes to
 * the database), so such a read is never remembered. While Redis is
 * unreachable the cache is not used at all: slower, never stale.
 */
const TTL_MS = 60_000
const SETTLE_MS = 10_000
const RETRY_ANNOUNCE_MS = 2_000
const GENERATION_KEY = redisKey('partners', 'generation')
const SETTLING_KEY = redisKey('partners', 'settling')

type Entry<T> = { expires: number; generation: string; value: T }

let byKey = new Map<string, Entry<Partner | null>>()
let origins: Entry<Set<string>> | null = null
// This process's own changes (the only ones without Redis) and the shared generation last read.
let localGeneration = 0
let localSettlingUntil = 0
let seenGeneration = ''
let announceRetry: NodeJS.Timeout | null = null

const clearLocal = () => {
  byKey = new Map()
  origins = null
}

/** Tells every instance; retried until Redis takes it, so a change made during an outage still reaches them. */
const announce = async (): Promise<void> => {
  const client = await readyRedis()
  if (!client) return
  try {
    await client.multi().set(GENERATION_KEY, randomUUID()).set(SETTLING_KEY, '1', { PX: SETTLE_MS }).exec()
  } catch (error) {
    noteRedisFailure('partner key revocation', error)
    announceRetry ??= setTimeout(() => {
      announceRetry = null
      void announce()
    }, RETRY_ANNOUNCE_MS).unref()
  }
}

/** Called by the users collection's hooks: a revoked key or a changed origin list applies to the next request on every instance. */
export const forgetPartners = async (): Promise<void> => {
  localGeneration++
  localSettlingUntil = Date.now() + SETTLE_MS
  clearLocal()
  await announce()
}

export type PartnerCache = {
  origins: () => Set<string> | undefined
  partner: (fingerprint: string) => Partner | null | undefined
  rememberOrigins: (set: Set<string>) => void
  rememberPartner: (fingerprint: string, partner: Partner | null) => void
}

const bypass: PartnerCache = { origins: () => undefined, partner: () => undefined, rememberOrigins: () => undefined, rememberPartner: () => undefined }

const fresh = <T>(entry: Entry<T> | null | undefined, generation: string): T | undefined => (entry && entry.generation === generation && entry.expires > Date.now() ? entry.value : undefined)

/**
 * The cache as far as it can be trusted for this request. An answer read from
 * the database is remembered only under the generation it was read in, so a
 * lookup that raced a change is dropped, not kept for a minute.
 */
export const openPartnerCache = async (): Promise<PartnerCache> => {
  let shared = ''
  const client = await readyRedis()
  if (client) {
    try {
      const [generation, settling] = await client.mGet([GENERATION_KEY, SETTLING_KEY])
      if (settling !== null) return bypass
      shared = generation ?? ''
    } catch (error) {
      noteRedisFailure('partner key cache', error)
      return bypass
    }
  }
  if (Date.now() < localSettlingUntil) return bypass
  const generation = `${localGeneration}/${shared}`
  if (generation !== seenGeneration) {
    clearLocal()
    seenGeneration = generation
  }
  const current = () => generation === seenGeneration
  return {
    origins: () => fresh(origins, generation),
    partner: (fingerprint) => fresh(byKey.get(fingerprint), generation),
    rememberOrigins: (set) => {
      if (current()) origins = { expires: Date.now() + TTL_MS, generation, value: set }
    },
    rememberPartner: (fingerprint, partner) => {
      if (current()) byKey.set(fingerprint, { expires: Date.now() + TTL_MS, generation, value: partner })
    },
  }
}
