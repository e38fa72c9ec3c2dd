import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible'

import { deleteRedisKeys, noteRedisFailure, readyRedis, type RedisClient, redisKey } from './redis'

/**
 * A fixed window per key (a partner, a public address), one minute unless
 * told otherwise. With REDIS_URL the window lives in Redis, so every instance
 * behind the load balancer counts against the same limit; while Redis is
 * unreachable each instance counts in its own memory (the insurance limiter,
 * same settings) rather than failing the request. Without REDIS_URL: memory
 * only, enough for one instance. Callers namespace their keys (`login:…`,
 * `opinion:…`, `partner:…`).
 */
const WINDOW_MS = 60_000
const KEY_PREFIX = redisKey('rl')

export type RateDecision = { allowed: boolean; limit: number; remaining: number; resetSeconds: number }
type Rule = { limit: number; windowMs?: number }

// One limiter per (limit, window): a partner's own limit is its own rule. The stored count is keyed by the caller's key only, so a changed limit applies to the running window.
const limiters = new Map<string, RateLimiterAbstract>()
let limitersClient: RedisClient | null = null

const limiterFor = (client: RedisClient | null, { limit, windowMs = WINDOW_MS }: Rule): RateLimiterAbstract => {
  // A reopened connection (closeRedis) is a new client: limiters built on the old one would only ever use their insurance.
  if (client !== limitersClient) {
    limiters.clear()
    limitersClient = client
  }
  const id = `${limit}/${windowMs}`
  let limiter = limiters.get(id)
  if (!limiter) {
    const settings = { duration: Math.max(1, Math.ceil(windowMs / 1000)), keyPrefix: KEY_PREFIX, points: limit }
    limiter = client
      ? new RateLimiterRedis({ ...settings, insuranceLimiter: new RateLimiterMemory(settings), rejectIfRedisNotReady: true, storeClient: client, useRedisPackage: true })
      : new RateLimiterMemory(settings)
    limiters.set(id, limiter)
  }
  return limiter
}

const secondsUntil = (ms: number): number => Math.max(1, Math.ceil(ms / 1000))

export const takeRequest = async ({ key, limit, windowMs = WINDOW_MS }: { key: string } & Rule): Promise<RateDecision> => {
  const limiter = limiterFor(await readyRedis(), { limit, windowMs })
  try {
    const taken = await limiter.consume(key)
    return { allowed: true, limit, remaining: taken.remainingPoints, resetSeconds: secondsUntil(taken.msBeforeNext) }
  } catch (refusal) {
    if (refusal instanceof RateLimiterRes) return { allowed: false, limit, remaining: 0, resetSeconds: secondsUntil(refusal.msBeforeNext) }
    // Neither Redis nor the in-memory insurance answered: serve the request rather than fail it.
    noteRedisFailure('rate limit', refusal)
    return { allowed: true, limit, remaining: limit, resetSeconds: secondsUntil(windowMs) }
  }
}

/** Gives back one request taken from the key's current window (a login that succeeded is not a failure). */
export const refundRequest = async ({ key, limit, windowMs = WINDOW_MS }: { key: string } & Rule): Promise<void> => {
  try {
    await limiterFor(await readyRedis(), { limit, windowMs }).reward(key, 1)
  } catch (error) {
    noteRedisFailure('rate limit refund', error)
  }
}

/** Tests start each case from a clean slate: fresh in-memory limiters and, with Redis, no stored windows. */
export const resetRateLimits = async (): Promise<void> => {
  limiters.clear()
  await deleteRedisKeys(KEY_PREFIX)
}
