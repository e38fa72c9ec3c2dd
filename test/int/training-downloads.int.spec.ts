import type { Payload, Where } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { vietnamDay } from '@/lib/dates/format'
import { flushDownloads } from '@/training/downloads/counter'
import { startApiServer } from '../helpers/http'
import { getTestPayload } from '../helpers/payload'
import { createCourseFixture, trainingRoutes } from '../helpers/training'
import { createUsersByRole, TEST_PASSWORD, type UsersByRole } from '../helpers/users'

vi.mock('next/cache', () => ({ revalidateTag: () => undefined, unstable_cache: <T>(fn: T) => fn }))

let payload: Payload
let users: UsersByRole
let server: Awaited<ReturnType<typeof startApiServer>>
let fixture: Awaited<ReturnType<typeof createCourseFixture>>

/** What a browser would send: none of it may end up in the counts. */
const READER = { 'user-agent': 'TrinhDuyetThu/9.9 (Ubuntu)', 'x-forwarded-for': '203.0.113.77', 'x-real-ip': '203.0.113.77' }

const countsFor = async (where: Where) => {
  await flushDownloads(payload)
  const { docs } = await payload.find({ collection: 'downloads', depth: 0, overrideAccess: false, pagination: false, user: users.trainer, where: { and: [where, { day: { equals: vietnamDay() } }] } })
  return docs
}

beforeAll(async () => {
  payload = await getTestPayload()
  users = await createUsersByRole(payload, 'dl')
  server = await startApiServer({ siteRoutes: await trainingRoutes() })
  fixture = await createCourseFixture({ label: 'tai', payload, trainer: users.trainer })
})
afterAll(() => server.close())

describe('attachment downloads', () => {
  it('go through a counting redirect to the stored file, without recording who downloaded', async () => {
    const file = fixture.files.first
    for (let i = 0; i < 2; i++) {
      const res = await fetch(`${server.url}/dao-tao/tai-ve/${file.id}`, { headers: READER, redirect: 'manual' })
      expect(res.status).toBe(302)
      expect(res.headers.get('location')).toBe(file.url)
      expect(res.headers.get('cache-control')).toBe('no-store')
    }
    const rows = await countsFor({ file: { equals: file.id } })
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({ count: 2, day: vietnamDay(), kind: 'file' })
    expect(Object.keys(rows[0]).sort()).toEqual(['count', 'course', 'createdAt', 'day', 'file', 'id', 'kind', 'updatedAt'])
    expect(JSON.stringify(rows)).not.toMatch(/203\.0\.113|TrinhDuyetThu/)

    await fetch(`${server.url}/dao-tao/tai-ve/${file.id}`, { redirect: 'manual' })
    expect((await countsFor({ file: { equals: file.id } }))[0].count).toBe(3)
  })

  it('is 404 with a message for an unknown or malformed file id', async () => {
    for (const id of ['987654', 'khong-phai-so', '1.5', '-3', '99999999999']) {
      const res = await fetch(`${server.url}/dao-tao/tai-ve/${id}`, { redirect: 'manual' })
      expect(res.status, id).toBe(404)
      expect(await res.text()).toContain('Không tìm thấy tài liệu này')
    }
  })
})

describe('course pack downloads', () => {
  it('count each full download, not a 304 revalidation, per course and day', async () => {
    const url = `${server.url}/dao-tao/${fixture.course.slug}/goi-tai-lieu.zip`
    const first = await fetch(url, { headers: READER })
    await first.arrayBuffer()
    const second = await fetch(url, { headers: READER })
    await second.arrayBuffer()
    expect((await fetch(url, { headers: { 'if-none-match': first.headers.get('etag') ?? '' } })).status).toBe(304)
    const rows = await countsFor({ course: { equals: fixture.course.id } })
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({ count: 2, kind: 'pack' })
    expect(JSON.stringify(rows)).not.toMatch(/203\.0\.113|TrinhDuyetThu/)
  })
})

describe('download counts', () => {
  it('are readable by trainers, editors and admins; not by anonymous visitors, partners or contributors over REST', async () => {
    await countsFor({})
    const login = async (role: 'contributor' | 'editor' | 'trainer') =>
      `JWT ${((await (await fetch(`${server.url}/api/users/login`, { body: JSON.stringify({ email: users[role].email, password: TEST_PASSWORD }), headers: { 'content-type': 'application/json' }, method: 'POST' })).json()) as { token: string }).token}`
    const list = (authorization?: string) => fetch(`${server.url}/api/downloads`, { headers: authorization ? { authorization } : {} })
    expect((await list()).status).toBe(403)
    expect((await list(`users API-Key ${users.partner.apiKey}`)).status).toBe(403)
    expect((await list(await login('contributor'))).status).toBe(403)
    for (const role of ['trainer', 'editor'] as const) {
      const res = await list(await login(role))
      expect(res.status, role).toBe(200)
      expect(((await res.json()) as { totalDocs: number }).totalDocs).toBeGreaterThan(0)
    }
    expect((await payload.find({ collection: 'downloads', overrideAccess: false, user: users.admin })).totalDocs).toBeGreaterThan(0)
  })

  it('cannot be written or inflated through the API, even by staff', async () => {
    const res = await fetch(`${server.url}/api/downloads`, { body: JSON.stringify({ count: 1000, day: vietnamDay(), kind: 'pack' }), headers: { 'content-type': 'application/json' }, method: 'POST' })
    expect(res.status).toBe(403)
    await expect(payload.create({ collection: 'downloads', data: { count: 1000, day: vietnamDay(), kind: 'pack' }, overrideAccess: false, user: users.admin })).rejects.toMatchObject({ status: 403 })
  })
})
