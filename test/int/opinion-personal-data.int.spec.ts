import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Nomination, Opinion } from '@/payload-types'
import { actingAs, allowed } from '../helpers/access'
import { startApiServer } from '../helpers/http'
import { getTestPayload } from '../helpers/payload'
import { createUsersByRole, type UsersByRole } from '../helpers/users'

let payload: Payload
let users: UsersByRole
let server: Awaited<ReturnType<typeof startApiServer>>
const DAY = 86_400_000

/** Who wrote what: the same person types a contact differently; others look alike but are not them. */
const PEOPLE = {
  an: [{ contact: 'Tran.Thi.An@Example.vn', fullName: 'Trần Thị An' }, { contact: 'tran.thi.an@example.vn', fullName: 'Trần Thị An' }],
  binh: [{ contact: '0912 345 678', fullName: 'Lê Văn Bình' }, { contact: '+84912345678', fullName: 'Lê Văn Bình' }],
  lookalikes: [{ contact: 'xtran.thi.an@example.vn', fullName: 'Trần Thị An' }, { contact: '0912345679', fullName: 'Lê Văn Bình' }, { contact: 'tran.thi.an@example.com', fullName: 'Người khác' }],
  sharedPhone: [{ contact: '0987.654.321', fullName: 'Phạm Văn Chung' }, { contact: '0987654321', fullName: 'Phạm Thị Chung' }],
}
const made: Record<keyof typeof PEOPLE, Opinion[]> = { an: [], binh: [], lookalikes: [], sharedPhone: [] }

const asKey = (role: keyof UsersByRole) => ({ authorization: `users API-Key ${users[role].apiKey}` })
const find = (query: Record<string, string>, headers: Record<string, string> = asKey('editor')) => fetch(`${server.url}/api/opinions/personal-data?${new URLSearchParams(query)}`, { headers })
const erase = (body: unknown, headers: Record<string, string> = asKey('admin')) =>
  fetch(`${server.url}/api/opinions/personal-data/erase`, { body: typeof body === 'string' ? body : JSON.stringify(body), headers: { 'content-type': 'application/json', ...headers }, method: 'POST' })
const idsOf = (opinions: { id: number | string }[]) => opinions.map((o) => String(o.id)).sort()
const allIds = async () => idsOf((await payload.find({ collection: 'opinions', depth: 0, overrideAccess: true, pagination: false })).docs)

beforeAll(async () => {
  payload = await getTestPayload()
  users = await createUsersByRole(payload, 'pdata')
  server = await startApiServer()
  const nominations: Nomination[] = []
  for (const title of ['Bằng khen A', 'Bằng khen B']) {
    nominations.push(await payload.create({ collection: 'nominations', data: { achievements: 'Thành tích.', form: 'certificateOfMerit', nomineeName: 'Người được đề nghị', opensAt: new Date(Date.now() - 60 * DAY).toISOString(), proposingBody: 'UBND tỉnh Thử', status: 'closed', title }, ...actingAs(users, 'editor') }))
  }
  for (const [who, entries] of Object.entries(PEOPLE) as [keyof typeof PEOPLE, (typeof PEOPLE)['an']][]) {
    for (const [i, entry] of entries.entries()) {
      made[who].push(await payload.create({ collection: 'opinions', data: { ...entry, address: 'Phường Thử', nomination: nominations[i % 2].id, stance: 'other', text: `Ý kiến của ${entry.fullName} (${who} ${i})` }, overrideAccess: true }))
    }
  }
}, 180_000)
afterAll(() => server?.close())

describe('GET /api/opinions/personal-data', () => {
  it('finds exactly one person’s opinions across nominations, however the contact was typed', async () => {
    const byEmail = (await (await find({ contact: ' TRAN.thi.an@example.vn ' })).json()) as { count: number; opinions: { id: number; nomination: { title: string } }[] }
    expect(idsOf(byEmail.opinions)).toEqual(idsOf(made.an))
    expect(byEmail.opinions.map((o) => o.nomination.title).sort()).toEqual(['Bằng khen A', 'Bằng khen B'])
    const byPhone = (await (await find({ contact: '0912.345.678' })).json()) as { opinions: Opinion[] }
    expect(idsOf(byPhone.opinions)).toEqual(idsOf(made.binh))
    const named = (await (await find({ contact: '+84 987 654 321', name: '  phạm văn   CHUNG ' })).json()) as { opinions: Opinion[] }
    expect(idsOf(named.opinions)).toEqual(idsOf(made.sharedPhone.slice(0, 1)))
    expect(((await (await find({ contact: 'nobody@example.vn' })).json()) as { count: number }).count).toBe(0)
  })

  it('downloads them as JSON or CSV with nothing of anyone else, and logs who did it', async () => {
    const json = await find({ contact: 'tran.thi.an@example.vn', format: 'json' })
    expect(json.headers.get('content-disposition')).toMatch(/^attachment; filename="y-kien-ca-nhan-\d{4}-\d{2}-\d{2}\.json"$/)
    expect(json.headers.get('cache-control')).toBe('private, no-store')
    const body = (await json.json()) as { count: number; opinions: Opinion[] }
    expect([body.count, idsOf(body.opinions)]).toEqual([2, idsOf(made.an)])
    const csvResponse = await find({ contact: '0912345678', format: 'csv' }, asKey('admin'))
    expect(csvResponse.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    // Response.text() drops a byte-order mark; read the bytes to see the one Excel needs.
    const csv = Buffer.from(await csvResponse.arrayBuffer()).toString('utf8')
    expect(csv.startsWith('\uFEFF')).toBe(true)
    expect(csv.trim().split('\r\n')).toHaveLength(3)
    for (const o of made.binh) expect(csv).toContain(o.text)
    for (const o of [...made.an, ...made.lookalikes, ...made.sharedPhone]) expect(csv).not.toContain(o.text)
    const { docs } = await payload.find({ collection: 'privacy-requests', depth: 0, sort: 'createdAt', ...actingAs(users, 'editor') })
    expect(docs.map((d) => [d.action, d.count, d.user, d.contactMasked])).toEqual([
      ['export-json', 2, users.editor.id, 'tr***@example.vn'],
      ['export-csv', 2, users.admin.id, '091*****78'],
    ])
  })

  it('refuses everyone but editors and admins (403) and bad input (400)', async () => {
    expect((await find({ contact: 'tran.thi.an@example.vn' }, {})).status).toBe(403)
    for (const role of ['contributor', 'trainer', 'partner'] as const) {
      expect((await find({ contact: 'tran.thi.an@example.vn', format: 'csv' }, asKey(role))).status).toBe(403)
      expect((await erase({ contact: '0912345678', ids: idsOf(made.binh) }, asKey(role))).status).toBe(403)
    }
    expect((await erase({ contact: '0912345678', ids: idsOf(made.binh) }, {})).status).toBe(403)
    for (const query of [{}, { contact: 'abc' }, { contact: '12345' }, { contact: 'a@b.vn', format: 'pdf' }, { contact: 'a@b.vn', name: 'x'.repeat(121) }] as Record<string, string>[]) {
      const res = await find(query)
      expect(res.status).toBe(400)
      expect(((await res.json()) as { errors: { message: string }[] }).errors[0].message.length).toBeGreaterThan(10)
    }
    expect(await allowed(() => payload.find({ collection: 'privacy-requests', ...actingAs(users, 'contributor') }))).toBe(false)
    expect(await allowed(() => payload.create({ collection: 'privacy-requests', data: { action: 'erase', contactMasked: 'x', count: 0 }, ...actingAs(users, 'admin') }))).toBe(false)
  })
})

describe('POST /api/opinions/personal-data/erase', () => {
  it('refuses bad input with 400 and erases nothing', async () => {
    const before = await allIds()
    for (const body of ['{', '[]', { ids: idsOf(made.binh) }, { contact: 'abc', ids: idsOf(made.binh) }, { contact: '0912345678' }, { contact: '0912345678', ids: [] }, { contact: '0912345678', ids: 'all' }, { contact: '0912345678', ids: [{ in: 1 }] }]) {
      expect((await erase(body)).status).toBe(400)
    }
    const wrongType = await fetch(`${server.url}/api/opinions/personal-data/erase`, { body: `contact=0912345678&ids=${made.binh[0].id}`, headers: { 'content-type': 'application/x-www-form-urlencoded', ...asKey('admin') }, method: 'POST' })
    expect(wrongType.status).toBe(400)
    expect(await allIds()).toEqual(before)
  })

  it('deletes the person’s confirmed opinions and only them, even when another person’s id is slipped in', async () => {
    const before = await allIds()
    const res = await erase({ contact: '0912 345 678', ids: [...idsOf(made.binh), made.lookalikes[1].id, made.an[0].id] })
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ deleted: 2, notMatched: 2 })
    expect(await allIds()).toEqual(before.filter((id) => !idsOf(made.binh).includes(id)))
    expect(((await (await find({ contact: '0912345678' })).json()) as { count: number }).count).toBe(0)
    const log = await payload.find({ collection: 'privacy-requests', depth: 0, sort: '-createdAt', limit: 1, ...actingAs(users, 'admin') })
    expect(log.docs.map((d) => [d.action, d.count, d.user])).toEqual([['erase', 2, users.admin.id]])
  })
})
