import { createHash } from 'node:crypto'

import { deleteRedisKeys, noteRedisFailure, readyRedis, redisClient, redisKey } from '@/lib/server/redis'

/** Identical opinions within this time are one double-click or one resend, not two opinions. */
export const DUPLICATE_WINDOW_MS = 10 * 60_000
const PRUNE_ABOVE = 10_000
const KEY_PREFIX = redisKey('opinion-seen')

// Without Redis (or while it is away): fingerprint → when it was claimed, in this process only.
// Only a hash is kept, here and in Redis: no personal data lingers.
const recent = new Map<string, number>()

type Fingerprint = { contact: string; nomination: number | string; now: Date; text: string }

const keyOf = ({ contact, nomination, text }: Fingerprint): string =>
  createHash('sha256').update(`${nomination}\u0000${contact.replace(/[\s.-]/g, '').toLowerCase()}\u0000${text.replace(/\s+/g, ' ')}`).digest('base64url')

const claimInMemory = (key: string, now: number): boolean => {
  const at = recent.get(key)
  if (at !== undefined && now - at < DUPLICATE_WINDOW_MS) return false
  if (recent.size > PRUNE_ABOVE) for (const [old, when] of recent) if (now - when >= DUPLICATE_WINDOW_MS) recent.delete(old)
  recent.set(key, now)
  return true
}

/**
 * True for the first submission of this fingerprint within the window, false
 * for a repeat. Check and record are one step (Redis `SET NX PX`), so two
 * copies sent at once to two instances cannot both pass.
 */
export const claimSubmission = async (fingerprint: Fingerprint): Promise<boolean> => {
  const key = keyOf(fingerprint)
  const client = await readyRedis()
  if (client) {
    try {
      return (await client.set(`${KEY_PREFIX}:${key}`, '1', { NX: true, PX: DUPLICATE_WINDOW_MS })) === 'OK'
    } catch (error) {
      noteRedisFailure('duplicate opinion check', error)
    }
  }
  return claimInMemory(key, fingerprint.now.getTime())
}

/** The claimed opinion was not stored after all (the write failed): the person may send it again. */
export const releaseSubmission = async (fingerprint: Fingerprint): Promise<void> => {
  const key = keyOf(fingerprint)
  recent.delete(key)
  await redisClient()
    ?.del(`${KEY_PREFIX}:${key}`)
    .catch((error: unknown) => noteRedisFailure('duplicate opinion release', error))
}

/** Tests start each case from a clean slate. */
export const forgetSubmissions = async (): Promise<void> => {
  recent.clear()
  await deleteRedisKeys(KEY_PREFIX)
}
