import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { LOGIN_FAILURES_PER_ADDRESS } from '@/collections/Users/hooks/limitLoginsPerAddress'
import { sessionCookie } from '@/collections/Users/sessionCookie'
import { startApiServer } from '../helpers/http'
import { getTestPayload } from '../helpers/payload'
import { createUsersByRole, TEST_PASSWORD, type UsersByRole } from '../helpers/users'

let server: Awaited<ReturnType<typeof startApiServer>>
let users: UsersByRole

beforeAll(async () => {
  users = await createUsersByRole(await getTestPayload(), 'login')
  server = await startApiServer()
})
afterAll(async () => server?.close())

const login = (body: unknown, from = '192.0.2.1', url = server.url) =>
  fetch(`${url}/api/users/login`, { body: JSON.stringify(body), headers: { 'content-type': 'application/json', 'x-forwarded-for': from }, method: 'POST' })

describe('signing in', () => {
  it('answers an unknown account and a wrong password with the same status and message', async () => {
    const unknown = await login({ email: 'khong-ton-tai@thidua.test', password: 'sai-mat-khau-1' })
    const wrong = await login({ email: users.partner.email, password: 'sai-mat-khau-1' })
    expect(unknown.status).toBe(401)
    expect(wrong.status).toBe(unknown.status)
    expect(await wrong.json()).toEqual(await unknown.json())
  })

  it('refuses query operators in the login fields with a 4xx, never a session', async () => {
    for (const body of [{ email: { $ne: null }, password: { $ne: null } }, { email: { not_equals: '' }, password: TEST_PASSWORD }, { email: users.editor.email, password: { $gt: '' } }]) {
      const res = await login(body)
      expect(res.status, JSON.stringify(body)).toBeGreaterThanOrEqual(400)
      expect(res.status, JSON.stringify(body)).toBeLessThan(500)
      expect(res.headers.get('set-cookie') ?? '').not.toContain('payload-token=ey')
    }
  })

  it('sets the session cookie HttpOnly and SameSite=Lax, and not Secure over http', async () => {
    const res = await login({ email: users.editor.email, password: TEST_PASSWORD })
    expect(res.status).toBe(200)
    const cookie = res.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/payload-token=[^;]+/)
    expect(cookie).toMatch(/HttpOnly/i)
    expect(cookie).toMatch(/SameSite=Lax/i)
    expect(cookie).not.toMatch(/;\s*Secure/i)
  })

  it('marks the cookie Secure when the public URL is https', () => {
    expect(sessionCookie('https://thidua.example.vn')).toEqual({ sameSite: 'Lax', secure: true })
    expect(sessionCookie('http://localhost:3000')).toEqual({ sameSite: 'Lax', secure: false })
  })
})

describe('one address trying many accounts', () => {
  it(`is refused after ${LOGIN_FAILURES_PER_ADDRESS} failures across accounts, even with a right password; other addresses are not`, async () => {
    const from = '198.51.100.20'
    for (let n = 0; n < LOGIN_FAILURES_PER_ADDRESS; n++) expect((await login({ email: `thu-${n}@thidua.test`, password: 'sai-mat-khau-1' }, from)).status).toBe(401)
    const refused = await login({ email: users.editor.email, password: TEST_PASSWORD }, from)
    expect(refused.status).toBe(429)
    expect(JSON.stringify(await refused.json())).toContain('Quá nhiều lần đăng nhập')
    expect(refused.headers.get('set-cookie') ?? '').not.toContain('payload-token=ey')
    expect((await login({ email: users.editor.email, password: TEST_PASSWORD }, '198.51.100.21')).status).toBe(200)
  })

  it('counts only failures: an office behind one address signs in as often as it needs', async () => {
    const from = '198.51.100.30'
    for (let n = 0; n < LOGIN_FAILURES_PER_ADDRESS + 5; n++) expect((await login({ email: users.contributor.email, password: TEST_PASSWORD }, from)).status).toBe(200)
  })

  it('counts a client without a trusted proxy by its socket, whatever X-Forwarded-For it forges', async () => {
    const direct = await startApiServer({ trusted: '' })
    try {
      const statuses: number[] = []
      for (let n = 0; n <= LOGIN_FAILURES_PER_ADDRESS; n++) statuses.push((await login({ email: `gia-mao-${n}@thidua.test`, password: 'sai-mat-khau-1' }, `203.0.113.${n + 1}`, direct.url)).status)
      expect(statuses.at(-1)).toBe(429)
      expect(statuses.slice(0, -1).every((status) => status === 401)).toBe(true)
    } finally {
      await direct.close()
    }
  })
})
