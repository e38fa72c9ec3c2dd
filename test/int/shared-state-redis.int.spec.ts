import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { closeRedis, redisClient } from '@/lib/server/redis'
import type { Nomination } from '@/payload-types'
import { killHard, startChildServer, type ChildServer } from '../helpers/childServer'
import { getTestPayload } from '../helpers/payload'
import { redisSkipReason, type RunningRedis, startRedisServer } from '../helpers/redisServer'
import { createUsersByRole, TEST_PASSWORD, type UsersByRole } from '../helpers/users'

vi.mock('next/cache', () => ({ revalidateTag: () => undefined, unstable_cache: <T>(fn: T) => fn }))

/**
 * Two instances sharing one Redis and one database, as behind the load
 * balancer: two API server processes (A and B) for what goes through HTTP,
 * and two module graphs in this process (vi.resetModules, each with its own
 * Redis connection and memory) for the counters and for Redis going away.
 */
const SKIP_REASON = redisSkipReason()
if (SKIP_REASON) console.warn(`[shared-state-redis] skipped: ${SKIP_REASON}`)

const DAY = 86_400_000
const LOGIN_BUDGET = 4
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date())
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const asKey = (key: string | null | undefined) => ({ authorization: `users API-Key ${key}` })

/** A fresh copy of the modules that hold state: another instance, with its own memory and its own Redis connection. */
const instance = async () => {
  vi.resetModules()
  const [rateLimit, guard, usage, redis] = await Promise.all([import('@/lib/server/rateLimit'), import('@/consultation/opinions/submissionGuard'), import('@/partners/usage'), import('@/lib/server/redis')])
  return { guard, rateLimit, redis, usage }
}
type Instance = Awaited<ReturnType<typeof instance>>

describe.skipIf(Boolean(SKIP_REASON))(`state shared through Redis${SKIP_REASON ? ` (skipped: ${SKIP_REASON})` : ''}`, () => {
  let redis: RunningRedis
  let payload: Payload
  let users: UsersByRole
  let a: ChildServer
  let b: ChildServer
  const instances: Instance[] = []

  const usageRow = async (partner: number | string) => {
    const { docs } = await payload.find({ collection: 'api-usage', overrideAccess: true, pagination: false, where: { and: [{ partner: { equals: partner } }, { day: { equals: today() } }] } })
    return docs
  }

  beforeAll(async () => {
    redis = await startRedisServer()
    process.env.REDIS_URL = redis.url
    payload = await getTestPayload()
    users = await createUsersByRole(payload, 'redis')
    await payload.create({ collection: 'exemplars', data: { _status: 'published', kind: 'individual', name: 'Người đã công bố', stage: 'discovered' }, overrideAccess: true })
    ;[a, b] = await Promise.all([0, 1].map(() => startChildServer({ LOGIN_FAILURES_PER_ADDRESS: String(LOGIN_BUDGET), REDIS_URL: redis.url })))
  }, 180_000)

  afterAll(async () => {
    for (const server of [a, b]) if (server) await killHard(server)
    for (const each of instances) await each.redis.closeRedis()
    await closeRedis()
    await redis?.stop()
  })

  describe('over HTTP, instance A and instance B', () => {
    it('give a partner one limit between them, not one each', async () => {
      await payload.update({ collection: 'users', data: { requestsPerMinute: 6 }, id: users.partner.id, overrideAccess: true })
      const answers: Response[] = []
      for (let i = 0; i < 8; i++) answers.push(await fetch(`${(i % 2 ? b : a).url}/api/exemplars?limit=1`, { headers: asKey(users.partner.apiKey) }))
      expect(answers.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 200, 429, 429])
      expect(answers.slice(0, 6).map((r) => r.headers.get('x-ratelimit-remaining'))).toEqual(['5', '4', '3', '2', '1', '0'])
    })

    it('share one budget of failed logins per address, and a success on B gives back what it took', async () => {
      // Two accounts: five failures would lock one account whatever the address (Payload's own lockout).
      const login = (server: ChildServer, from: string, password: string, email = users.editor.email) =>
        fetch(`${server.url}/api/users/login`, { body: JSON.stringify({ email, password }), headers: { 'content-type': 'application/json', 'x-forwarded-for': from }, method: 'POST' })
      const failures: number[] = []
      for (let i = 0; i < LOGIN_BUDGET + 2; i++) failures.push((await login(i % 2 ? b : a, '198.51.100.7', 'sai-mat-khau')).status)
      expect(failures).toEqual([...Array(LOGIN_BUDGET).fill(401), 429, 429])

      // 3 failures, a success (given back), then the 4th failure is still within the budget; the next attempt is not.
      const statuses: number[] = []
      for (const [server, password] of [[a, 'sai'], [b, 'sai'], [a, 'sai'], [b, TEST_PASSWORD], [a, 'sai'], [b, 'sai']] as const) statuses.push((await login(server, '198.51.100.8', password, users.trainer.email)).status)
      expect(statuses).toEqual([401, 401, 401, 200, 401, 429])
    })

    it('refuse on B the duplicate of an opinion A stored', async () => {
      const nomination: Nomination = await payload.create({
        collection: 'nominations',
        data: { achievements: 'Thành tích mẫu.', form: 'certificateOfMerit', nomineeName: 'Đỗ Thị Đề Cử', opensAt: new Date(Date.now() - DAY).toISOString(), proposingBody: 'UBND tỉnh Thử', slug: 'redis-trung', status: 'open', title: 'Bằng khen' },
        overrideAccess: true,
      })
      const opinion = JSON.stringify({ address: 'Tổ 4', contact: 'trung.lap@example.vn', fullName: 'Phạm Văn Góp', stance: 'agree', text: 'Gửi hai lần qua hai máy chủ.' })
      const post = (server: ChildServer, from: string) => fetch(`${server.url}/api/nominations/${nomination.id}/opinions`, { body: opinion, headers: { 'content-type': 'application/json', 'x-forwarded-for': from }, method: 'POST' })
      const [first, second] = [await post(a, '203.0.113.1'), await post(b, '203.0.113.2')]
      expect([first.status, second.status]).toEqual([201, 409])
      const { totalDocs } = await payload.count({ collection: 'opinions', overrideAccess: true, where: { text: { equals: 'Gửi hai lần qua hai máy chủ.' } } })
      expect(totalDocs).toBe(1)
    })

    it('refuse on B, at once, a key revoked through A while B had it cached', async () => {
      // Payload does not return the key once stored: keep the plain value.
      const key = `redis-revoke-${Date.now()}`
      const partner = await payload.create({ collection: 'users', data: { apiKey: key, email: `thu-hoi-${Date.now()}@thidua.test`, enableAPIKey: true, name: 'Đối tác thu hồi', password: TEST_PASSWORD, role: 'partner' }, overrideAccess: true })
      // That creation started the settling window (no instance caches for 10 s); end it, as 10 s would.
      await redisClient()?.del('thidua:partners:settling')
      for (let i = 0; i < 2; i++) expect((await fetch(`${b.url}/api/exemplars?limit=1`, { headers: asKey(key) })).status).toBe(200)

      const revoke = await fetch(`${a.url}/api/users/${partner.id}`, { body: JSON.stringify({ enableAPIKey: false }), headers: { ...asKey(users.admin.apiKey), 'content-type': 'application/json' }, method: 'PATCH' })
      expect(revoke.status).toBe(200)
      const after = await fetch(`${b.url}/api/exemplars?limit=1`, { headers: asKey(key) })
      expect(after.status).toBe(401)
    })
  })

  describe('counters', () => {
    it('keep every one of 2×500 concurrent counts from two instances: one row per partner and day, written by the job', async () => {
      const [one, two] = [await instance(), await instance()]
      instances.push(one, two)
      const other = users.admin.id
      await Promise.all([
        ...Array.from({ length: 500 }, (_, i) => one.usage.recordRequest({ partner: users.contributor.id, refused: i % 5 === 0 })),
        ...Array.from({ length: 500 }, (_, i) => two.usage.recordRequest({ partner: users.contributor.id, refused: i % 5 === 0 })),
        ...Array.from({ length: 30 }, () => two.usage.recordRequest({ partner: other })),
      ])
      // Both instances flush at once: the lock lets one write, the other finds nothing left to take.
      await Promise.all([one.usage.flushUsage(payload), two.usage.flushUsage(payload)])
      const rows = await usageRow(users.contributor.id)
      expect(rows).toHaveLength(1)
      expect({ refused: rows[0].refused, requests: rows[0].requests }).toEqual({ refused: 200, requests: 800 })
      expect((await usageRow(other))[0]?.requests).toBe(30)

      // The rows are written by the job in production: the same counts through flushDailyCounters.
      await Promise.all(Array.from({ length: 7 }, () => two.usage.recordRequest({ partner: users.contributor.id })))
      await payload.jobs.queue({ input: {}, queue: 'default', task: 'flushDailyCounters' })
      await payload.jobs.run({ queue: 'default' })
      const after = await usageRow(users.contributor.id)
      expect(after).toHaveLength(1)
      expect(after[0].requests).toBe(807)
      await Promise.all([one.redis.closeRedis(), two.redis.closeRedis()])
    })
  })

  describe('when Redis goes away', () => {
    it('answers from memory, logs the outage once, keeps the counts, and shares again once Redis is back', async () => {
      const [one, two] = [await instance(), await instance()]
      instances.push(one, two)
      await one.rateLimit.takeRequest({ key: 'probe', limit: 100 })
      await two.rateLimit.takeRequest({ key: 'probe', limit: 100 })
      const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined)
      const infos = vi.spyOn(console, 'info').mockImplementation(() => undefined)
      const before = (await usageRow(users.trainer.id))[0]?.requests ?? 0
      await redis.stop()
      try {
        // Limits and duplicate checks are answered from this instance's memory.
        const decisions = []
        for (let i = 0; i < 4; i++) decisions.push((await one.rateLimit.takeRequest({ key: 'down', limit: 3 })).allowed)
        expect(decisions).toEqual([true, true, true, false])
        const fingerprint = { contact: 'khi.mat@example.vn', nomination: 1, now: new Date(), text: 'Khi Redis vắng mặt' }
        expect([await one.guard.claimSubmission(fingerprint), await one.guard.claimSubmission(fingerprint)]).toEqual([true, false])
        // Partner requests on both HTTP instances are still served.
        for (const server of [a, b]) expect((await fetch(`${server.url}/api/exemplars?limit=1`, { headers: asKey(users.partner.apiKey) })).status).toBeLessThan(500)
        await Promise.all(Array.from({ length: 25 }, () => one.usage.recordRequest({ partner: users.trainer.id })))
        await expect(one.usage.flushUsage(payload)).rejects.toThrow()
        // Dozens of refused commands, one line per connection (this file's, one's and two's).
        expect(errors.mock.calls.filter(([line]) => String(line).startsWith('[redis]')).length).toBeLessThanOrEqual(3)
      } finally {
        redis = await startRedisServer({ port: redis.port })
      }
      for (let i = 0; i < 100 && !(one.redis.redisClient()?.isReady && two.redis.redisClient()?.isReady); i++) await sleep(100)
      expect(infos.mock.calls.some(([line]) => String(line).includes('Redis đã kết nối lại'))).toBe(true)
      errors.mockRestore()
      infos.mockRestore()

      // The 25 counted while Redis was away reach the row exactly once.
      await one.usage.flushUsage(payload)
      await two.usage.flushUsage(payload)
      expect((await usageRow(users.trainer.id))[0]?.requests).toBe(before + 25)

      // Shared again: one limit between the two instances.
      const shared = [await one.rateLimit.takeRequest({ key: 'back', limit: 2 }), await two.rateLimit.takeRequest({ key: 'back', limit: 2 }), await one.rateLimit.takeRequest({ key: 'back', limit: 2 })]
      expect(shared.map((d) => d.allowed)).toEqual([true, true, false])
    })
  })
})
