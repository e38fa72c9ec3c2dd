/**
 * Next's cache for pages and `unstable_cache` reads, kept in Redis when
 * REDIS_URL is set (next.config.ts), so every app instance serves the same
 * entries and a tag purged on one instance is purged on all of them.
 *
 * The handler (@trieb.work/nextjs-turbo-redis-cache) keys entries by the
 * build id, so instances running one build share one cache and a new build
 * starts clean. Tag purges travel between instances by Redis pub/sub within
 * milliseconds.
 *
 * The handler keeps what it read from Redis as the stored string and parses
 * it again on every hit: a 140 kB page cost an instance two thirds of its
 * throughput (bench:cluster (d)). Parsed entries are therefore kept here for
 * half a second; a purge on this instance drops them at once, a purge on
 * another reaches this one at most that much later.
 *
 * Plain JavaScript: Next loads this file itself at run time, outside the bundle.
 */
import CachedHandler from '@trieb.work/nextjs-turbo-redis-cache'

/** How long (ms) an instance trusts what it read from Redis. */
const LOCAL_READ_MS = 500
/** Above this many parsed entries, forget the expired ones before adding more. */
const SWEEP_ABOVE = 1000

const parsed = new Map()

const remember = (key, value) => {
  const now = Date.now()
  if (parsed.size > SWEEP_ABOVE) for (const [k, hit] of parsed) if (now - hit.at >= LOCAL_READ_MS) parsed.delete(k)
  parsed.set(key, { at: now, value })
}

export default class RedisCacheHandler extends CachedHandler {
  constructor(options) {
    super({ ...options, database: Number(process.env.REDIS_CACHE_DB ?? 0), inMemoryCachingTime: LOCAL_READ_MS })
  }

  async get(key, ctx) {
    const hit = parsed.get(key)
    if (hit && Date.now() - hit.at < LOCAL_READ_MS) return hit.value
    const value = await super.get(key, ctx)
    if (value) remember(key, value)
    else parsed.delete(key)
    return value
  }

  async set(key, data, ctx) {
    parsed.delete(key)
    return super.set(key, data, ctx)
  }

  async revalidateTag(...args) {
    parsed.clear()
    return super.revalidateTag(...args)
  }
}
