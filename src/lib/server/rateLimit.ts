/**
 * A fixed window per key (a partner, a public address), one minute unless
 * told otherwise, in this process's memory: enough for one server (the
 * deployment this project targets). Several instances would each allow the
 * full rate; a shared store would be needed then.
 */
const WINDOW_MS = 60_000
// Public forms key by address: forget ended windows before the map grows without bound.
const PRUNE_ABOVE = 10_000

const windows = new Map<string, { count: number; ms: number; start: number }>()

export type RateDecision = { allowed: boolean; limit: number; remaining: number; resetSeconds: number }

const prune = (now: number) => {
  for (const [key, window] of windows) if (now - window.start >= window.ms) windows.delete(key)
}

export const takeRequest = ({ key, limit, now = Date.now(), windowMs = WINDOW_MS }: { key: string; limit: number; now?: number; windowMs?: number }): RateDecision => {
  if (windows.size > PRUNE_ABOVE) prune(now)
  let window = windows.get(key)
  if (!window || now - window.start >= windowMs) {
    window = { count: 0, ms: windowMs, start: now }
    windows.set(key, window)
  }
  const resetSeconds = Math.max(1, Math.ceil((window.start + windowMs - now) / 1000))
  if (window.count >= limit) return { allowed: false, limit, remaining: 0, resetSeconds }
  window.count++
  return { allowed: true, limit, remaining: limit - window.count, resetSeconds }
}

/** Tests start each case from a clean slate. */
export const resetRateLimits = () => windows.clear()

/** Gives back one request taken from the key's current window (a login that succeeded is not a failure). */
export const refundRequest = (key: string) => {
  const window = windows.get(key)
  if (window && window.count > 0) window.count--
}
