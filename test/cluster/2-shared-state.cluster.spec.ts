import { beforeAll, describe, expect, it } from 'vitest'

import { api, clusterState, DEMO, login } from './cluster'

let a: string
let b: string
let adminOnA: string

type Partner = { apiKey: string; id: number | string }

const createPartner = async (requestsPerMinute: number): Promise<Partner> => {
  const apiKey = `cum-thu-${Date.now()}-${Math.random().toString(36).slice(2)}`
  const { json, response } = await api<{ doc: { id: number | string } }>(a, '/api/users', {
    auth: adminOnA,
    body: { apiKey, email: `doi-tac-cum-${Date.now()}-${Math.random().toString(36).slice(2, 6)}@thidua.test`, enableAPIKey: true, name: 'Đối tác thử cụm (mẫu)', organization: 'Báo Thử (mẫu)', password: 'mat-khau-cum-thu-123', requestsPerMinute, role: 'partner' },
    method: 'POST',
  })
  expect(response.status, JSON.stringify(json)).toBe(201)
  return { apiKey, id: json.doc.id }
}

const asPartner = (base: string, key: string) => fetch(`${base}/api/exemplars?limit=1&depth=0`, { headers: { authorization: `users API-Key ${key}` } })

beforeAll(async () => {
  const cluster = await clusterState()
  a = cluster.instances['app-a']
  b = cluster.instances['app-b']
  adminOnA = await login(a, DEMO.admin)
})

describe('limits, keys and duplicates shared by every instance (Redis)', () => {
  it('partner calls alternating between A and B use one allowance', async () => {
    const partner = await createPartner(6)
    const statuses: number[] = []
    const remaining: (string | null)[] = []
    for (let i = 0; i < 10; i++) {
      const response = await asPartner(i % 2 ? b : a, partner.apiKey)
      statuses.push(response.status)
      remaining.push(response.headers.get('x-ratelimit-remaining'))
      await response.arrayBuffer()
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 429, 429, 429, 429])
    expect(remaining.slice(0, 6)).toEqual(['5', '4', '3', '2', '1', '0'])
  })

  it('a key revoked on A is refused on B at once', async () => {
    const partner = await createPartner(100)
    // B has seen (and may remember) the key as valid.
    expect((await asPartner(b, partner.apiKey)).status).toBe(200)
    expect((await asPartner(b, partner.apiKey)).status).toBe(200)
    const revoke = await api(a, `/api/users/${partner.id}`, { auth: adminOnA, body: { enableAPIKey: false }, method: 'PATCH' })
    expect(revoke.response.status).toBe(200)
    expect((await asPartner(b, partner.apiKey)).status).toBe(401)
    expect((await asPartner(a, partner.apiKey)).status).toBe(401)
  })

  it('the same opinion sent to B after A is refused as a duplicate', async () => {
    const now = Date.now()
    const { json } = await api<{ docs: { closesAt?: string | null; id: number | string; opensAt?: string | null }[] }>(a, '/api/nominations?limit=100&depth=0')
    const open = json.docs.find((n) => n.opensAt && Date.parse(n.opensAt) <= now && (!n.closesAt || Date.parse(n.closesAt) > now))
    expect(open, 'a seeded nomination open for opinions').toBeTruthy()
    const body = JSON.stringify({ address: 'Tổ dân phố 7, phường Thử Cụm', contact: `cum.${now}@example.vn`, fullName: 'Nguyễn Văn Thử Cụm', stance: 'agree', text: `Tôi đồng ý (thử cụm ${now}).` })
    const send = (base: string) => fetch(`${base}/api/nominations/${open!.id}/opinions`, { body, headers: { 'content-type': 'application/json' }, method: 'POST' })
    expect((await send(a)).status).toBe(201)
    const second = await send(b)
    expect(second.status).toBe(409)
    expect(((await second.json()) as { reason: string }).reason).toBe('duplicate')
  })
})
