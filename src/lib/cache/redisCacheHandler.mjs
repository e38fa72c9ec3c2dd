/**
 * Next's cache for pages and `unstable_cache` reads, kept in Redis when
 * REDIS_URL is set (next.config.ts), so every app instance serves the same
 * entries and a tag purged on one instance is purged on all of them.
 *
 * The handler (@trieb.work/nextjs-turbo-redis-cache) keys entries by the
 * build id, so instances running one build share one cache and a new build
 * starts clean. Tag purges travel between instances by Redis pub/sub within
 * milliseconds; each instance also remembers what it read from Redis for a
 * short while, which bounds how stale another instance can be after a publish.
 *
 * Plain JavaScript: Next loads this file itself at run time, outside the bundle.
 */
import CachedHandler from '@trieb.work/nextjs-turbo-redis-cache'

/** At most this long (ms) may an instance serve an entry it read before another instance purged it. */
const LOCAL_READ_MS = 1000

export default class RedisCacheHandler extends CachedHandler {
  constructor(options) {
    super({ ...options, database: Number(process.env.REDIS_CACHE_DB ?? 0), inMemoryCachingTime: LOCAL_READ_MS })
  }
}
