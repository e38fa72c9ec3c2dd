import { afterAll, beforeAll, describe, expect, it } from 'vitest'

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

const login = (body: unknown) =>
  fetch(`${server.url}/api/users/login`, { body: JSON.stringify(body), headers: { 'content-type': 'application/json' }, method: 'POST' })

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
