import { createClient } from 'redis'

/**
 * The one Redis connection this process shares (rate limits, duplicate
 * opinions, partner key revocations, daily counters), from `REDIS_URL`.
 * Without it every caller keeps its state in this process's memory: right
 * for a single instance. With it, state is shared by every instance; when
 * Redis is unreachable callers fall back to memory (answers are degraded,
 * never a 500) and the outage is logged once, its end once.
 */
export type RedisClient = ReturnType<typeof createClient>

/** Every key this site writes starts so: the Next cache handler shares the same server. */
export const redisKey = (...parts: string[]): string => ['thidua', ...parts].join(':')

export const redisConfigured = (): boolean => Boolean(process.env.REDIS_URL)

// How long the first request waits for the first connection before using the fallback.
const FIRST_CONNECT_WAIT_MS = 2_000
const MAX_BACKOFF_MS = 5_000

let client: RedisClient | null = null
let connecting: Promise<void> | null = null
let down = false

// 50 ms, 100 ms, 200 ms … up to 5 s, with jitter so several instances do not retry in step.
const reconnectStrategy = (retries: number): number => Math.min(50 * 2 ** retries, MAX_BACKOFF_MS) + Math.floor(Math.random() * 100)

const describe = (error: unknown): string => (error instanceof Error ? `${error.name}: ${error.message}` : String(error))

/**
 * Logs the first failure of an outage only: the client reports every failed
 * reconnection and callers every refused command, which would flood the log.
 */
export const noteRedisFailure = (where: string, error: unknown): void => {
  if (down) return
  down = true
  console.error(`[redis] ${where}: ${describe(error)}. Giới hạn lượt, kiểm tra trùng và bộ đếm tạm dùng bộ nhớ của tiến trình này cho đến khi Redis trở lại (đang thử kết nối lại); kiểm tra REDIS_URL và máy chủ Redis.`)
}

const noteRecovery = (): void => {
  if (!down) return
  down = false
  console.info('[redis] Redis đã kết nối lại: giới hạn lượt, kiểm tra trùng và bộ đếm dùng chung trở lại.')
}

/** The shared client (connecting on first use), or null when REDIS_URL is unset. */
export const redisClient = (): RedisClient | null => {
  if (!redisConfigured()) return null
  if (!client) {
    // No offline queue: while Redis is away a command fails at once (and its caller falls back) instead of waiting.
    const created: RedisClient = createClient({ disableOfflineQueue: true, pingInterval: 30_000, socket: { connectTimeout: 2_000, reconnectStrategy }, url: process.env.REDIS_URL })
    created.on('error', (error: unknown) => noteRedisFailure('connection', error))
    created.on('ready', noteRecovery)
    client = created
    connecting = created.connect().then(
      () => undefined,
      (error: unknown) => noteRedisFailure('connect', error),
    )
  }
  return client
}

/** The client once its first connection is up (or has taken too long): the first requests after a start then use Redis too. */
export const readyRedis = async (): Promise<RedisClient | null> => {
  const current = redisClient()
  if (current && !current.isReady && connecting) await Promise.race([connecting, new Promise((resolve) => setTimeout(resolve, FIRST_CONNECT_WAIT_MS).unref())])
  return current
}

/** Closes the connection (shutdown, tests); the next use opens a new one. */
export const closeRedis = async (): Promise<void> => {
  const current = client
  client = null
  connecting = null
  if (!current) return
  await current.quit().catch(() => current.disconnect().catch(() => undefined))
}

/** Deletes every key under a prefix (tests' clean slates); nothing without Redis. */
export const deleteRedisKeys = async (prefix: string): Promise<void> => {
  const current = redisClient()
  if (!current) return
  const keys: string[] = []
  for await (const key of current.scanIterator({ COUNT: 500, MATCH: `${prefix}:*` })) keys.push(key)
  if (keys.length > 0) await current.del(keys)
}
