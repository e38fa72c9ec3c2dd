import { PayloadSDK } from '@payloadcms/sdk'
import type { Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import type { Config } from '@/payload-types'
import { resetRateLimits } from '@/lib/server/rateLimit'
import { flushUsage } from '@/partners/usage'
import { startApiServer } from '../helpers/http'
import { getTestPayload } from '../helpers/payload'
import { createUsersByRole, type UsersByRole } from '../helpers/users'

let payload: Payload
let users: UsersByRole
let server: Awaited<ReturnType<typeof startApiServer>>
const PARTNER_ORIGIN = 'https://toasoan.example'

const asKey = (key: string | null | undefined) => ({ authorization: `users API-Key ${key}` })
const get = (path: string, headers: Record<string, string> = {}) => fetch(`${server.url}${path}`, { headers })

beforeAll(async () => {
  payload = await getTestPayload()
  users = await createUsersByRole(payload, 'partner-api')
  await payload.update({ collection: 'users', data: { allowedOrigins: [{ origin: PARTNER_ORIGIN }], requestsPerMinute: 5 }, id: users.partner.id, overrideAccess: true })
  await payload.create({ collection: 'exemplars', data: { _status: 'published', kind: 'individual', name: 'Người đã công bố', stage: 'discovered' }, overrideAccess: true })
  await payload.create({ collection: 'exemplars', data: { _status: 'draft', kind: 'individual', name: 'Người còn nháp', stage: 'discovered' }, draft: true, overrideAccess: true })
  server = await startApiServer()
}, 120_000)
afterAll(() => server.close())
beforeEach(() => resetRateLimits())

describe('partner API keys', () => {
  it('read published content only, with rate-limit headers, over REST and GraphQL', async () => {
    const res = await get('/api/exemplars?draft=true&limit=100', asKey(users.partner.apiKey))
    expect(res.status).toBe(200)
    expect(res.headers.get('x-ratelimit-limit')).toBe('5')
    expect(res.headers.get('x-ratelimit-remaining')).toBe('4')
    const names = ((await res.json()) as { docs: { name: string }[] }).docs.map((d) => d.name)
    expect(names).toContain('Người đã công bố')
    expect(names).not.toContain('Người còn nháp')

    const graphql = await fetch(`${server.url}/api/graphql`, {
      body: JSON.stringify({ query: '{ Exemplars(draft: true, limit: 100) { docs { name } } }' }),
      headers: { ...asKey(users.partner.apiKey), 'content-type': 'application/json' },
      method: 'POST',
    })
    expect(graphql.status).toBe(200)
    expect(graphql.headers.get('x-ratelimit-remaining')).toBe('3')
    const body = JSON.stringify(await graphql.json())
    expect(body).toContain('Người đã công bố')
    expect(body).not.toContain('Người còn nháp')
  })

  it('work with @payloadcms/sdk exactly as the partner page shows', async () => {
    const sdk = new PayloadSDK<Config>({ baseInit: { headers: { Authorization: `users API-Key ${users.partner.apiKey}` } }, baseURL: `${server.url}/api` })
    const result = await sdk.find({ collection: 'exemplars', depth: 0, limit: 10, sort: '-updatedAt' })
    expect(result.docs.map((d) => d.name)).toContain('Người đã công bố')
    expect(result.docs.map((d) => d.name)).not.toContain('Người còn nháp')
  })

  it('cannot write', async () => {
    const res = await fetch(`${server.url}/api/exemplars`, {
      body: JSON.stringify({ kind: 'individual', name: 'Ghi bằng khóa đối tác', stage: 'discovered' }),
      headers: { ...asKey(users.partner.apiKey), 'content-type': 'application/json' },
      method: 'POST',
    })
    expect(res.status).toBe(403)
  })

  it('answers a wrong key, and a key revoked a moment ago, with 401 and a message', async () => {
    const wrong = await get('/api/exemplars', asKey('khong-phai-khoa-that'))
    expect(wrong.status).toBe(401)
    expect(JSON.stringify(await wrong.json())).toContain('Invalid or revoked API key')
    expect((await fetch(`${server.url}/api/graphql`, { body: '{"query":"{ Exemplars { totalDocs } }"}', headers: { ...asKey('sai'), 'content-type': 'application/json' }, method: 'POST' })).status).toBe(401)

    const revocable = await payload.create({
      collection: 'users',
      data: { apiKey: 'khoa-se-bi-thu-hoi-123', email: `thu-hoi-${Date.now()}@thidua.test`, enableAPIKey: true, name: 'Đối tác tạm', password: 'mat-khau-tam-123', role: 'partner' },
      overrideAccess: true,
    })
    expect((await get('/api/exemplars', asKey('khoa-se-bi-thu-hoi-123'))).status).toBe(200)
    await payload.update({ collection: 'users', data: { enableAPIKey: false }, id: revocable.id, overrideAccess: true })
    expect((await get('/api/exemplars', asKey('khoa-se-bi-thu-hoi-123'))).status).toBe(401)
  })
})

describe('CORS for partners', () => {
  it('answers preflights for registered origins only', async () => {
    const preflight = (origin: string) =>
      fetch(`${server.url}/api/exemplars`, { headers: { 'access-control-request-headers': 'authorization', 'access-control-request-method': 'GET', origin }, method: 'OPTIONS' })
    const allowed = await preflight(PARTNER_ORIGIN)
    expect(allowed.status).toBe(204)
    expect(allowed.headers.get('access-control-allow-origin')).toBe(PARTNER_ORIGIN)
    expect(allowed.headers.get('access-control-allow-headers')).toMatch(/Authorization/)
    expect((await preflight('https://la.example')).status).toBe(403)
  })

  it('lets a key be used only from its own origins', async () => {
    const ok = await get('/api/exemplars', { ...asKey(users.partner.apiKey), origin: PARTNER_ORIGIN })
    expect(ok.status).toBe(200)
    expect(ok.headers.get('access-control-allow-origin')).toBe(PARTNER_ORIGIN)
    const refused = await get('/api/exemplars', { ...asKey(users.partner.apiKey), origin: 'https://la.example' })
    expect(refused.status).toBe(403)
    expect(refused.headers.get('access-control-allow-origin')).toBeNull()
  })
})

describe('rate limit and usage', () => {
  it('refuses past the per-minute limit with 429 and counts the day for the admin', async () => {
    const statuses: number[] = []
    let last: Response | undefined
    for (let i = 0; i < 7; i++) {
      last = await get('/api/exemplars?limit=1', asKey(users.partner.apiKey))
      statuses.push(last.status)
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429])
    expect(Number(last?.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(JSON.stringify(await last?.json())).toContain('Rate limit exceeded')

    await flushUsage(payload)
    const { docs } = await payload.find({ collection: 'api-usage', overrideAccess: true, where: { partner: { equals: users.partner.id } } })
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date())
    const row = docs.find((d) => d.day === today)
    expect(row?.requests).toBeGreaterThanOrEqual(5)
    expect(row?.refused).toBeGreaterThanOrEqual(2)

    // Counts are for administrators: not for the partner itself, nor for editors.
    resetRateLimits()
    expect((await get('/api/api-usage', asKey(users.partner.apiKey))).status).toBe(403)
    expect((await get('/api/api-usage', asKey(users.editor.apiKey))).status).toBe(403)
    const admin = await get('/api/api-usage', asKey(users.admin.apiKey))
    expect(admin.status).toBe(200)
    expect(((await admin.json()) as { totalDocs: number }).totalDocs).toBeGreaterThan(0)
  })

  it('leaves staff keys and anonymous readers without partner limits', async () => {
    for (let i = 0; i < 7; i++) expect((await get('/api/exemplars?limit=1', asKey(users.editor.apiKey))).status).toBe(200)
    const anonymous = await get('/api/exemplars?limit=1')
    expect(anonymous.status).toBe(200)
    expect(anonymous.headers.get('x-ratelimit-limit')).toBeNull()
  })
})
