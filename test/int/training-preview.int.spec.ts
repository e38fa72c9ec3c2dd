import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { signPreviewToken, verifyPreviewToken } from '@/training/preview/token'
import type { Course } from '@/payload-types'
import { startApiServer } from '../helpers/http'
import { getTestPayload } from '../helpers/payload'
import { trainingRoutes } from '../helpers/training'
import { createUsersByRole, TEST_PASSWORD, type UsersByRole } from '../helpers/users'

vi.mock('next/cache', () => ({ revalidateTag: () => undefined, unstable_cache: <T>(fn: T) => fn }))

let payload: Payload
let users: UsersByRole
let server: Awaited<ReturnType<typeof startApiServer>>
let course: Course

const asTrainer = () => ({ overrideAccess: false as const, user: users.trainer })
const jwtOf = async (role: 'admin' | 'contributor' | 'editor' | 'trainer') => {
  const res = await fetch(`${server.url}/api/users/login`, { body: JSON.stringify({ email: users[role].email, password: TEST_PASSWORD }), headers: { 'content-type': 'application/json' }, method: 'POST' })
  return `JWT ${((await res.json()) as { token: string }).token}`
}
const requestLink = (authorization: string | null, body: unknown = { hours: 24 }, id: number | string = course.id) =>
  fetch(`${server.url}/api/courses/${id}/preview-link`, { body: JSON.stringify(body), headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) }, method: 'POST' })
/** The link's path on the test server (links carry the public origin). */
const open = (url: string) => fetch(`${server.url}${new URL(url).pathname}`)

beforeAll(async () => {
  payload = await getTestPayload()
  users = await createUsersByRole(payload, 'preview')
  server = await startApiServer({ siteRoutes: await trainingRoutes() })
  course = await payload.create({ collection: 'courses', data: { _status: 'draft', modules: [{ title: 'Học phần nháp' }], title: 'Khóa học chưa công bố' }, draft: true, ...asTrainer() })
  await payload.create({ collection: 'lessons', data: { _status: 'draft', course: course.id, durationMinutes: 20, order: 1, questions: [{ answer: 'Đáp án nháp', question: 'Câu hỏi nháp?' }], slug: 'bai-nhap-xem-truoc', title: 'Bài học nháp' }, draft: true, ...asTrainer() })
})
afterAll(() => server.close())

describe('preview link endpoint', () => {
  it('gives trainers, editors and admins a signed link with its expiry', async () => {
    for (const role of ['trainer', 'editor', 'admin'] as const) {
      const before = Date.now()
      const res = await requestLink(await jwtOf(role), { hours: 168 })
      expect(res.status, role).toBe(200)
      const { expiresAt, url } = (await res.json()) as { expiresAt: string; url: string }
      expect(url).toMatch(/\/dao-tao\/xem-truoc\/[\w-]+\.[\w-]+$/)
      expect(new Date(expiresAt).getTime() - before).toBeGreaterThanOrEqual(168 * 3600_000 - 1000)
      expect(new Date(expiresAt).getTime() - before).toBeLessThanOrEqual(168 * 3600_000 + 5000)
    }
  })

  it('refuses anonymous visitors (401), partners and contributors (403)', async () => {
    expect((await requestLink(null)).status).toBe(401)
    expect((await requestLink(`users API-Key ${users.partner.apiKey}`)).status).toBe(403)
    expect((await requestLink(await jwtOf('contributor'))).status).toBe(403)
  })

  it('refuses a validity outside 1 hour to 30 days (400) and an unknown course (404), with a message', async () => {
    const jwt = await jwtOf('trainer')
    for (const hours of [0, 721, 1.5, '24', null]) {
      const res = await requestLink(jwt, { hours })
      expect(res.status, String(hours)).toBe(400)
      expect(((await res.json()) as { error: string }).error).toContain('Thời hạn phải là số giờ nguyên')
    }
    expect((await requestLink(jwt, 'không phải JSON')).status).toBe(400)
    expect((await requestLink(jwt, { hours: 24 }, 987654)).status).toBe(404)
    expect((await requestLink(jwt, { hours: 24 }, 'khong-phai-id')).status).toBe(404)
  })
})

describe('opening a preview link', () => {
  it('shows the latest draft of the course and its lessons, unindexed and uncached, without an account', async () => {
    const { url } = (await (await requestLink(await jwtOf('trainer'))).json()) as { url: string }
    await payload.update({ collection: 'courses', data: { title: 'Khóa học chưa công bố (bản sửa)' }, draft: true, id: course.id, ...asTrainer() })
    const index = await open(url)
    expect(index.status).toBe(200)
    expect(index.headers.get('x-robots-tag')).toBe('noindex, nofollow')
    expect(index.headers.get('cache-control')).toContain('no-store')
    expect(index.headers.get('referrer-policy')).toBe('no-referrer')
    const html = await index.text()
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">')
    expect(html).toContain('Khóa học chưa công bố (bản sửa)')
    expect(html).toContain('Bản xem trước chưa công bố')
    expect(html).toContain(`href="${new URL(url).pathname}/bai-nhap-xem-truoc"`)

    const lesson = await open(`${url}/bai-nhap-xem-truoc`)
    expect(lesson.status).toBe(200)
    const lessonHtml = await lesson.text()
    expect(lessonHtml).toContain('Bài học nháp')
    expect(lessonHtml).toContain('Đáp án nháp')
    expect((await open(`${url}/khong-co-bai-nay`)).status).toBe(404)
  })

  it('is 410 with a Vietnamese explanation once expired', async () => {
    const token = signPreviewToken({ courseId: course.id, expiresAt: new Date(Date.now() - 1000), secret: payload.secret })
    const res = await fetch(`${server.url}/dao-tao/xem-truoc/${token}`)
    expect(res.status).toBe(410)
    expect(res.headers.get('cache-control')).toContain('no-store')
    const html = await res.text()
    expect(html).toContain('Liên kết xem trước đã hết hạn')
    expect(html).toContain('tạo một liên kết mới')
    expect(html).not.toContain('Khóa học chưa công bố')
  })

  it('refuses an altered link (404), whether the claims or the signature were changed', async () => {
    const token = signPreviewToken({ courseId: course.id, expiresAt: new Date(Date.now() + 3600_000), secret: payload.secret })
    const [claims, signature] = token.split('.')
    const otherClaims = Buffer.from(JSON.stringify({ c: course.id, e: Math.floor(Date.now() / 1000) + 10 * 365 * 86400 })).toString('base64url')
    const forged = signPreviewToken({ courseId: course.id, expiresAt: new Date(Date.now() + 3600_000), secret: 'not-the-secret' })
    for (const bad of [`${otherClaims}.${signature}`, `${claims}.${signature.slice(0, -2)}AA`, forged, claims, 'abc']) {
      const res = await fetch(`${server.url}/dao-tao/xem-truoc/${bad}`)
      expect(res.status, bad).toBe(404)
      expect(await res.text()).toContain('Liên kết xem trước không hợp lệ')
    }
  })

  it('keeps the course id as the adapter gave it and reads expiry only from a valid signature', () => {
    const expiresAt = new Date(Date.now() + 60_000)
    for (const courseId of [42, '6650f0c2a1b2c3d4e5f60718']) {
      const check = verifyPreviewToken({ secret: 's', token: signPreviewToken({ courseId, expiresAt, secret: 's' }) })
      expect(check).toEqual({ courseId, expiresAt: new Date(Math.floor(expiresAt.getTime() / 1000) * 1000), status: 'valid' })
    }
    const expired = signPreviewToken({ courseId: 1, expiresAt: new Date(Date.now() - 1), secret: 's' })
    expect(verifyPreviewToken({ secret: 's', token: expired }).status).toBe('expired')
    expect(verifyPreviewToken({ secret: 'other', token: expired }).status).toBe('invalid')
  })
})
