/**
 * A fixed one-minute window per partner, in this process's memory: enough for
 * one server (the deployment this project targets). Several instances would
 * each allow the full rate; a shared store would be needed then.
 */
const WINDOW_MS = 60_000

const windows = new Map<string, { count: number; start: number }>()

export type RateDecision = { allowed: boolean; limit: number; remaining: number; resetSeconds: number }

export const takeRequest = ({ key, limit, now = Date.now() }: { key: string; limit: number; now?: number }): RateDecision => {
  let window = windows.get(key)
  if (!window || now - window.start >= WINDOW_MS) {
    window = { count: 0, start: now }
    windows.set(key, window)
  }
  const resetSeconds = Math.max(1, Math.ceil((window.start + WINDOW_MS - now) / 1000))
  if (window.count >= limit) return { allowed: false, limit, remaining: 0, resetSeconds }
  window.count++
  return { allowed: true, limit, remaining: limit - window.count, resetSeconds }
}

/** Tests start each case from a clean slate. */
export const resetRateLimits = () => windows.clear()
