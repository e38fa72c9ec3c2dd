import type { Payload } from 'payload'
import { readSheet } from 'read-excel-file/node'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'

import { forgetSubmissions } from '@/consultation/opinions/submissionGuard'
import { consultationState } from '@/consultation/state'
import { getConsultation, listConsultations } from '@/consultation/queries'
import { resetRateLimits } from '@/lib/server/rateLimit'
import type { Nomination } from '@/payload-types'
import { actingAs } from '../helpers/access'
import { startApiServer } from '../helpers/http'
import { getTestPayload } from '../helpers/payload'
import { createUsersByRole, type UsersByRole } from '../helpers/users'

vi.mock('next/cache', () => ({ revalidateTag: () => undefined, unstable_cache: <T>(fn: T) => fn }))

let payload: Payload
let users: UsersByRole
let server: Awaited<ReturnType<typeof startApiServer>>
let open: Nomination
let finished: Nomination

const DAY = 86_400_000
const good = { address: 'Tổ dân phố 4, phường Thử', contact: 'nguoi.gop.y@example.vn', fullName: 'Phạm Văn Góp', stance: 'agree', text: 'Tôi đồng ý với đề nghị.' }
const create = (data: Partial<Nomination>) =>
  payload.create({ collection: 'nominations', data: { achievements: 'Thành tích mẫu.', form: 'certificateOfMerit', nomineeName: 'Đỗ Thị Đề Cử', proposingBody: 'UBND tỉnh Thử', status: 'open', title: 'Bằng khen của Thủ tướng Chính phủ', ...data }, ...actingAs(users, 'editor') })
const post = (id: number | string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${server.url}/api/nominations/${id}/opinions`, { body: typeof body === 'string' ? body : JSON.stringify(body), headers: { 'content-type': 'application/json', 'x-forwarded-for': '192.0.2.10', ...headers }, method: 'POST', redirect: 'manual' })
const asKey = (role: keyof UsersByRole) => ({ authorization: `users API-Key ${users[role].apiKey}` })

beforeAll(async () => {
  payload = await getTestPayload()
  users = await createUsersByRole(payload, 'consult')
  server = await startApiServer()
  open = await create({ opensAt: new Date(Date.now() - DAY).toISOString(), slug: 'dang-mo' })
  finished = await create({ opensAt: new Date(Date.now() - 40 * DAY).toISOString(), showOpinionCounts: true, slug: 'da-dong', status: 'closed' })
  for (const [index, stance] of (['agree', 'agree', 'disagree'] as const).entries()) {
    await payload.create({ collection: 'opinions', data: { ...good, fullName: `Người thứ ${index + 1}`, nomination: finished.id, stance }, overrideAccess: true })
  }
}, 120_000)
afterAll(() => server.close())
beforeEach(() => {
  resetRateLimits()
  forgetSubmissions()
})

describe('POST /api/nominations/:id/opinions', () => {
  it('stores a valid opinion (201), JSON or a plain form post', async () => {
    expect((await post(open.id, good)).status).toBe(201)
    const form = new URLSearchParams({ ...good, text: 'Gửi từ biểu mẫu HTML' }).toString()
    const res = await post(open.id, form, { 'content-type': 'application/x-www-form-urlencoded' })
    expect(res.status).toBe(201)
    const stored = await payload.find({ collection: 'opinions', overrideAccess: true, where: { text: { equals: 'Gửi từ biểu mẫu HTML' } } })
    expect(stored.docs[0]?.fullName).toBe('Phạm Văn Góp')
  })

  it('answers a browser posting the form itself with pages: 303 to the thank-you page, or the refusal with its status', async () => {
    const browser = { accept: 'text/html,application/xhtml+xml,*/*;q=0.8', 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': '192.0.2.44' }
    const sent = await post(open.id, new URLSearchParams({ ...good, text: 'Không có JavaScript' }).toString(), browser)
    expect(sent.status).toBe(303)
    expect(sent.headers.get('location')).toBe('/lay-y-kien/da-gui')
    const english = await fetch(`${server.url}/api/nominations/${open.id}/opinions?locale=en`, { body: new URLSearchParams({ ...good, text: 'No script' }).toString(), headers: browser, method: 'POST', redirect: 'manual' })
    expect(english.headers.get('location')).toBe('/en/lay-y-kien/da-gui')
    const refused = await post(open.id, new URLSearchParams({ ...good, fullName: '', text: '<script>alert(1)</script>' }).toString(), browser)
    expect(refused.status).toBe(400)
    expect(refused.headers.get('content-type')).toContain('text/html')
    const page = await refused.text()
    expect(page).toContain('<html lang="vi">')
    expect(page).toContain('Vui lòng nhập họ và tên.')
    expect(page).toContain('nút Quay lại')
    expect((await post(finished.id, new URLSearchParams(good).toString(), browser)).status).toBe(409)
  })

  it('explains bad fields with 400 and the field names', async () => {
    const res = await post(open.id, { ...good, contact: '12345', text: '' })
    expect(res.status).toBe(400)
    const body = (await res.json()) as { errors: { field: string; message: string }[]; reason: string }
    expect(body.reason).toBe('invalid')
    expect(body.errors.map((e) => e.field).sort()).toEqual(['contact', 'text'])
    expect((await post(open.id, { ...good, contact: 'x' }, { 'x-forwarded-for': '192.0.2.11' }).then((r) => r.json())) as unknown).toMatchObject({ errors: [{ field: 'contact' }] })
    const english = await fetch(`${server.url}/api/nominations/${open.id}/opinions?locale=en`, { body: '{}', headers: { 'content-type': 'application/json' }, method: 'POST' })
    expect(await english.text()).toContain('Please enter your full name.')
  })

  it('refuses broken bodies and other content types with 400, never 500', async () => {
    for (const [body, type] of [['{không phải json', 'application/json'], ['[1,2]', 'application/json'], ['<xml/>', 'text/xml'], ['x'.repeat(20_000), 'application/json']]) {
      const res = await post(open.id, body, { 'content-type': type })
      expect(res.status, `${type} ${body.slice(0, 20)}`).toBe(400)
      expect(((await res.json()) as { errors: { message: string }[] }).errors[0]?.message).toBeTruthy()
    }
  })

  it('answers 404 for unknown and draft nominations, 409 after the window and for a resend', async () => {
    const draft = await create({ slug: 'nhap', status: 'draft' })
    for (const id of [draft.id, 999_999, 'khong-co']) expect((await post(id, good)).status, String(id)).toBe(404)
    const closed = await post(finished.id, good)
    expect(closed.status).toBe(409)
    expect(await closed.text()).toContain('Hồ sơ này hiện không lấy ý kiến.')
    const text = { ...good, text: 'Bấm gửi hai lần' }
    expect((await post(open.id, text)).status).toBe(201)
    const again = await post(open.id, text)
    expect(again.status).toBe(409)
    expect(await again.text()).toContain('vừa được gửi')
  })

  it('limits one address to 10 attempts in 10 minutes (429 with Retry-After)', async () => {
    for (let n = 1; n <= 10; n++) expect((await post(open.id, { ...good, text: `Ý kiến số ${n}` }, { 'x-forwarded-for': '198.51.100.9' })).status).toBe(201)
    const refused = await post(open.id, { ...good, text: 'Ý kiến số 11' }, { 'x-forwarded-for': '198.51.100.9' })
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(500)
    // Only the nearest hop counts: a forged entry on the left does not buy a fresh allowance.
    expect((await post(open.id, { ...good, text: 'Giả mạo' }, { 'x-forwarded-for': '10.0.0.1, 198.51.100.9' })).status).toBe(429)
    expect((await post(open.id, { ...good, text: 'Người khác' }, { 'x-forwarded-for': '198.51.100.10' })).status).toBe(201)
  })

  it('ignores X-Forwarded-For when no trusted proxy sent it: a new forged address per request gains nothing', async () => {
    const direct = await startApiServer({ trusted: '' })
    try {
      const postDirect = (n: number) =>
        fetch(`${direct.url}/api/nominations/${open.id}/opinions`, { body: JSON.stringify({ ...good, text: `Ý kiến giả mạo ${n}` }), headers: { 'content-type': 'application/json', 'x-forwarded-for': `203.0.113.${n}` }, method: 'POST', redirect: 'manual' })
      const statuses: number[] = []
      for (let n = 1; n <= 14; n++) statuses.push((await postDirect(n)).status)
      expect(statuses).toEqual([...Array<number>(10).fill(201), 429, 429, 429, 429])
    } finally {
      await direct.close()
    }
  })

  it('keeps script and markup as text that no public API returns', async () => {
    const hostile = { ...good, fullName: '<img src=x onerror=alert(1)>', text: '<script>alert("x")</script>' }
    expect((await post(open.id, hostile)).status).toBe(201)
    const stored = await payload.find({ collection: 'opinions', overrideAccess: true, where: { fullName: { equals: hostile.fullName } } })
    expect(stored.docs[0]?.text).toBe(hostile.text)
    for (const headers of [{}, asKey('partner'), asKey('trainer'), asKey('contributor')]) {
      expect(await (await fetch(`${server.url}/api/opinions?limit=100`, { headers })).text()).not.toContain('onerror')
    }
  })
})

describe('GET /api/opinions/export', () => {
  const exportUrl = (query: string) => `${server.url}/api/opinions/export?${query}`

  it('is for moderators only: 401 anonymous, 403 partner, trainer and contributor', async () => {
    expect((await fetch(exportUrl(`nomination=${finished.id}`))).status).toBe(401)
    for (const role of ['partner', 'trainer', 'contributor'] as const) {
      const res = await fetch(exportUrl(`nomination=${finished.id}`), { headers: asKey(role) })
      expect(res.status, role).toBe(403)
      expect(await res.text()).not.toContain('Người thứ')
    }
  })

  it('gives one nomination as CSV with BOM, Vietnamese time and formulas neutralised', async () => {
    await payload.create({ collection: 'opinions', data: { ...good, fullName: '=HYPERLINK("http://x.example","bấm")', nomination: finished.id, stance: 'other' }, overrideAccess: true })
    const res = await fetch(exportUrl(`nomination=${finished.id}&format=csv`), { headers: asKey('editor') })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toContain('text/csv')
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="y-kien-da-dong-\d{4}-\d{2}-\d{2}\.csv"/)
    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer()) // keep the BOM to check it
    expect(csv.charCodeAt(0)).toBe(0xfeff)
    const lines = csv.slice(1).trim().split('\r\n')
    expect(lines[0]).toBe('STT,Thời điểm gửi (giờ Việt Nam),Họ và tên,Liên hệ,Địa chỉ / đơn vị,Ý kiến,Nội dung,Đã xem xét')
    expect(lines).toHaveLength(5)
    expect(lines[1]).toMatch(/^1,\d{2}\/\d{2}\/\d{4} \d{2}:\d{2},Người thứ 1,/)
    expect(csv).toContain(`"'=HYPERLINK(""http://x.example"",""bấm"")"`)
    expect(csv).not.toContain('Đỗ Thị') // only this nomination's opinions, nothing else
  })

  it('gives the same rows as an .xlsx workbook whose cells stay text', async () => {
    const res = await fetch(exportUrl(`nomination=${finished.id}&format=xlsx`), { headers: asKey('admin') })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    const rows = await readSheet(Buffer.from(await res.arrayBuffer()))
    expect(rows[0]?.[2]).toBe('Họ và tên')
    expect(rows.slice(1).map((r) => r[2])).toEqual(expect.arrayContaining(['Người thứ 1', 'Người thứ 2', 'Người thứ 3', '=HYPERLINK("http://x.example","bấm")']))
    expect(rows.slice(1).map((r) => r[5])).toEqual(expect.arrayContaining(['Đồng ý', 'Không đồng ý', 'Ý kiến khác']))
  })

  it('filters by review state and refuses bad requests clearly', async () => {
    const unreviewed = await fetch(exportUrl(`nomination=${finished.id}&reviewed=true`), { headers: asKey('editor') })
    expect((await unreviewed.text()).trim().split('\r\n')).toHaveLength(1) // header only: none reviewed yet
    expect((await fetch(exportUrl('format=csv'), { headers: asKey('editor') })).status).toBe(400)
    expect((await fetch(exportUrl(`nomination=${finished.id}&format=pdf`), { headers: asKey('editor') })).status).toBe(400)
    expect((await fetch(exportUrl('nomination=999999'), { headers: asKey('editor') })).status).toBe(404)
  })
})

describe('moderating opinions', () => {
  it('marks an opinion reviewed with who and when, clears both when unticked, and lets moderators filter by it', async () => {
    const [first] = (await payload.find({ collection: 'opinions', overrideAccess: true, where: { nomination: { equals: finished.id } } })).docs
    if (!first) throw new Error('setup: no opinion')
    const reviewed = await payload.update({ collection: 'opinions', data: { reviewed: true }, id: first.id, ...actingAs(users, 'editor') })
    expect(typeof reviewed.reviewedBy === 'object' ? reviewed.reviewedBy?.id : reviewed.reviewedBy).toBe(users.editor.id)
    expect(Date.now() - Date.parse(reviewed.reviewedAt ?? '')).toBeLessThan(60_000)
    // A later save by someone else keeps the first reviewer.
    const again = await payload.update({ collection: 'opinions', data: { text: `${first.text} (đã đối chiếu)` }, id: first.id, ...actingAs(users, 'admin') })
    expect(typeof again.reviewedBy === 'object' ? again.reviewedBy?.id : again.reviewedBy).toBe(users.editor.id)
    const filtered = await payload.find({ collection: 'opinions', where: { and: [{ nomination: { equals: finished.id } }, { reviewed: { equals: true } }] }, ...actingAs(users, 'editor') })
    expect(filtered.docs.map((o) => o.id)).toEqual([first.id])
    const cleared = await payload.update({ collection: 'opinions', data: { reviewed: false }, id: first.id, ...actingAs(users, 'editor') })
    expect([cleared.reviewedBy ?? null, cleared.reviewedAt ?? null]).toEqual([null, null])
    await expect(payload.update({ collection: 'opinions', data: { reviewed: true }, id: first.id, ...actingAs(users, 'trainer') })).rejects.toMatchObject({ status: 403 })
  })
})

describe('public consultation pages read', () => {
  it('lists open consultations and finished ones, never drafts', async () => {
    await create({ nomineeName: 'Bản Nháp Bí Mật', slug: 'nhap-bi-mat', status: 'draft' })
    const { open: running, recent } = await listConsultations('vi')
    expect(running.map((n) => n.slug)).toContain('dang-mo')
    expect(recent.map((n) => n.slug)).toContain('da-dong')
    expect(JSON.stringify({ recent, running })).not.toContain('Bản Nháp Bí Mật')
    expect(await getConsultation('nhap-bi-mat', 'vi')).toBeNull()
  })

  it('publishes counts only after closing and only when the editor chose to', async () => {
    const closed = await getConsultation('da-dong', 'vi')
    expect(closed?.counts).toMatchObject({ agree: 2, disagree: 1 })
    expect((await getConsultation('dang-mo', 'vi'))?.counts).toBeNull()
    await payload.update({ collection: 'nominations', data: { showOpinionCounts: false }, id: finished.id, overrideAccess: true })
    expect((await getConsultation('da-dong', 'vi'))?.counts).toBeNull()
    expect(JSON.stringify(closed)).not.toContain('nguoi.gop.y@example.vn')
  })
})

describe('consultationState', () => {
  const at = (iso: string) => Date.parse(iso)
  const n = { closesAt: '2026-09-15T16:59:59.999Z', opensAt: '2026-08-28T01:00:00.000Z', status: 'open' as const }
  it('follows the clock inside an open window, to the Vietnamese midnight', () => {
    expect(consultationState(n, at('2026-08-28T00:59:59.999Z'))).toBe('notYet')
    expect(consultationState(n, at('2026-09-15T16:59:59.999Z'))).toBe('open')
    expect(consultationState(n, at('2026-09-15T17:00:00.000Z'))).toBe('ended')
    expect(consultationState({ ...n, status: 'withdrawn' }, at('2026-09-01T00:00:00Z'))).toBe('withdrawn')
    expect(consultationState({ ...n, status: 'decided' }, at('2026-12-01T00:00:00Z'))).toBe('decided')
  })
})
