import type { Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'

import { opinionsToCsv } from '@/consultation/export/csv'
import { forgetSubmissions } from '@/consultation/opinions/submissionGuard'
import { submitOpinion, type OpinionInput } from '@/consultation/opinions/submit'
import type { Nomination, Opinion } from '@/payload-types'
import { resetRateLimits } from '@/lib/server/rateLimit'
import { actingAs, type Actor } from '../helpers/access'
import { startApiServer } from '../helpers/http'
import { getTestPayload } from '../helpers/payload'
import { createUsersByRole, type UsersByRole } from '../helpers/users'

vi.mock('next/cache', () => ({ revalidateTag: () => undefined, unstable_cache: <T>(fn: T) => fn }))

let payload: Payload
let users: UsersByRole
let server: Awaited<ReturnType<typeof startApiServer>>

// Friday 28/08/2026 12:00 in Vietnam; 10 working days skip 2/9 + its paired day off.
const FRIDAY_NOON = '2026-08-28T05:00:00.000Z'
const DEFAULT_END = new Date('2026-09-15T23:59:59.999+07:00').toISOString()

const asEditor = () => actingAs(users, 'editor')
const nomination = (data: Partial<Nomination> = {}) =>
  payload.create({ collection: 'nominations', data: { achievements: 'Hoàn thành xuất sắc nhiệm vụ.', form: 'certificateOfMerit', nomineeName: 'Nguyễn Văn Đề', proposingBody: 'UBND tỉnh Thử', status: 'draft', title: 'Bằng khen của Thủ tướng', ...data }, ...asEditor() })
const update = (id: number, data: Partial<Nomination>) => payload.update({ collection: 'nominations', data, id, ...asEditor() })
const message = async (operation: Promise<unknown>): Promise<string> => {
  try {
    await operation
  } catch (error) {
    return JSON.stringify((error as { data?: unknown }).data ?? (error as Error).message)
  }
  return 'no error'
}

const goodInput: OpinionInput = { address: 'Phường Một, tỉnh Thử', contact: 'ban.doc@example.vn', fullName: 'Lê Thị Góp', stance: 'agree', text: 'Tôi đồng ý.' }
let openId = 0

beforeAll(async () => {
  payload = await getTestPayload()
  users = await createUsersByRole(payload, 'nominations')
  openId = (await nomination({ opensAt: FRIDAY_NOON, status: 'open' })).id
  server = await startApiServer()
}, 120_000)
afterAll(() => server.close())
beforeEach(() => {
  resetRateLimits()
  forgetSubmissions()
})

describe('the consultation window', () => {
  it('defaults to 10 working days from opening, and to now when opensAt is empty', async () => {
    const opened = await payload.findByID({ collection: 'nominations', id: openId, ...asEditor() })
    expect(opened.opensAt).toBe(FRIDAY_NOON)
    expect(opened.closesAt).toBe(DEFAULT_END)
    const before = Date.now()
    const now = await update((await nomination()).id, { status: 'open' })
    expect(Date.parse(now.opensAt ?? '')).toBeGreaterThanOrEqual(before - 1000)
    expect(now.closesAt).toMatch(/T16:59:59\.999Z$/)
  })

  it('cannot be shorter than 10 working days, on opening or later', async () => {
    const draft = await nomination({ closesAt: '2026-09-15T16:59:59.998Z', opensAt: FRIDAY_NOON })
    expect(await message(update(draft.id, { status: 'open' }))).toContain('tối thiểu 10 ngày làm việc')
    expect(await message(update(openId, { closesAt: '2026-09-14T16:59:59.999Z' }))).toContain('không được rút ngắn')
  })

  it('can be extended, but its start is fixed once open', async () => {
    const extended = await update(openId, { closesAt: '2026-09-20T16:59:59.999Z' })
    expect(extended.closesAt).toBe('2026-09-20T16:59:59.999Z')
    expect(await message(update(openId, { opensAt: '2026-08-29T05:00:00.000Z' }))).toContain('Không thể thay đổi thời điểm bắt đầu')
    await update(openId, { closesAt: DEFAULT_END }).catch(() => undefined) // shortening back is refused
    expect((await payload.findByID({ collection: 'nominations', id: openId, ...asEditor() })).closesAt).toBe('2026-09-20T16:59:59.999Z')
  })

  it('needs a decision to be decided, and never returns to draft', async () => {
    const item = await nomination({ opensAt: FRIDAY_NOON, status: 'open' })
    expect(await message(update(item.id, { status: 'decided' }))).toContain('Cần chọn quyết định khen thưởng')
    expect(await message(update(item.id, { status: 'draft' }))).toContain('không thể trở lại trạng thái nháp')
    const award = await payload.create({ collection: 'awards', data: { _status: 'published', awardTitle: 'Bằng khen', decisionDate: '2026-10-01T00:00:00.000Z', decisionNumber: 'DN-1/QĐ', form: 'certificateOfMerit', issuer: 'Thủ tướng', otherRecipients: [{ kind: 'individual', name: 'Nguyễn Văn Đề' }] }, ...asEditor() })
    const decided = await update(item.id, { decision: award.id, status: 'decided' })
    expect(decided.status).toBe('decided')
    const versions = await payload.findVersions({ collection: 'nominations', where: { parent: { equals: item.id } }, ...asEditor() })
    expect(versions.docs.length).toBeGreaterThanOrEqual(2)
    expect(versions.docs.every((v) => (typeof v.version.updatedBy === 'object' ? v.version.updatedBy?.id : v.version.updatedBy) === users.editor.id)).toBe(true)
  })

  it('cannot be closed or decided before it ends, only withdrawn', async () => {
    const running = await update((await nomination()).id, { status: 'open' })
    expect(await message(update(running.id, { status: 'closed' }))).toContain('Chưa hết thời hạn lấy ý kiến')
    expect((await update(running.id, { status: 'withdrawn' })).status).toBe('withdrawn')
    const ended = await nomination({ opensAt: FRIDAY_NOON, status: 'open' }) // ended 15/09/2026, before today
    expect((await update(ended.id, { status: 'closed' })).status).toBe('closed')
  })

  it('is only editable by editors and admins', async () => {
    for (const actor of ['anonymous', 'partner', 'trainer', 'contributor'] as Actor[]) {
      expect(await message(payload.create({ collection: 'nominations', data: { achievements: 'x', form: 'medal', nomineeName: 'A', proposingBody: 'B', status: 'draft', title: 'C' }, ...actingAs(users, actor) })), actor).not.toBe('no error')
    }
  })
})

describe('public reading of nominations', () => {
  it('hides drafts from everyone but editors and admins', async () => {
    const hidden = await nomination({ title: 'Hồ sơ nháp kín' })
    for (const actor of ['anonymous', 'partner', 'trainer', 'contributor'] as Actor[]) {
      const found = await payload.find({ collection: 'nominations', depth: 0, limit: 100, ...actingAs(users, actor) })
      expect(found.docs.map((d) => d.id), actor).not.toContain(hidden.id)
      expect(found.docs.map((d) => d.id), actor).toContain(openId)
    }
    const res = await fetch(`${server.url}/api/nominations/${hidden.id}`)
    expect(res.status).toBe(404)
    const editorView = await payload.find({ collection: 'nominations', depth: 0, limit: 100, ...asEditor() })
    expect(editorView.docs.map((d) => d.id)).toContain(hidden.id)
  })
})

describe('opinions through the API', () => {
  let opinionId = 0
  const asKey = (key: string | null | undefined) => ({ authorization: `users API-Key ${key}` })
  const graphql = (query: string, headers: Record<string, string>) =>
    fetch(`${server.url}/api/graphql`, { body: JSON.stringify({ query }), headers: { ...headers, 'content-type': 'application/json' }, method: 'POST' })

  beforeAll(async () => {
    const result = await submitOpinion({ input: { ...goodInput, fullName: 'Người Bí Mật' }, nominationId: openId, now: new Date('2026-09-01T03:00:00.000Z'), payload })
    if (!result.ok || !result.id) throw new Error('setup: opinion not stored')
    opinionId = Number(result.id)
  })

  it('are unreadable by anonymous, partner, trainer and contributor over REST and GraphQL', async () => {
    const callers: Record<string, Record<string, string>> = { anonymous: {}, contributor: asKey(users.contributor.apiKey), partner: asKey(users.partner.apiKey), trainer: asKey(users.trainer.apiKey) }
    for (const [who, headers] of Object.entries(callers)) {
      for (const path of ['/api/opinions?limit=100', `/api/opinions/${opinionId}`]) {
        const res = await fetch(`${server.url}${path}`, { headers })
        expect([401, 403, 404], `${who} ${path}`).toContain(res.status)
        expect(await res.text(), `${who} ${path}`).not.toContain('Người Bí Mật')
      }
      for (const query of ['{ Opinions(limit: 100) { docs { fullName contact } } }', `{ Opinion(id: ${opinionId}) { fullName contact } }`]) {
        const body = await (await graphql(query, headers)).text()
        expect(body, `${who} ${query}`).not.toContain('Người Bí Mật')
        expect(body, `${who} ${query}`).toContain('errors')
      }
    }
  })

  it('are readable by an editor', async () => {
    const res = await fetch(`${server.url}/api/opinions/${opinionId}`, { headers: asKey(users.editor.apiKey) })
    expect(res.status).toBe(200)
    expect(await res.text()).toContain('Người Bí Mật')
    expect(await (await graphql('{ Opinions(limit: 100) { docs { fullName } } }', asKey(users.editor.apiKey))).text()).toContain('Người Bí Mật')
  })

  it('cannot be created through REST by anyone, admins included', async () => {
    for (const headers of [{}, asKey(users.partner.apiKey), asKey(users.editor.apiKey), asKey(users.admin.apiKey)]) {
      const res = await fetch(`${server.url}/api/opinions`, { body: JSON.stringify({ ...goodInput, nomination: openId }), headers: { ...headers, 'content-type': 'application/json' }, method: 'POST' })
      expect(res.status).toBe(403)
    }
  })
})

describe('submitOpinion', () => {
  const during = new Date('2026-09-01T03:00:00.000Z')
  const submit = (input: OpinionInput, now = during, nominationId: number | string = openId) => submitOpinion({ input, nominationId, now, payload })
  const errorsOf = async (input: OpinionInput, now = during, nominationId: number | string = openId) => {
    const result = await submit(input, now, nominationId)
    return result.ok ? {} : result.errors
  }

  it('explains every empty field in Vietnamese', async () => {
    expect(await errorsOf({})).toEqual({
      address: 'Vui lòng nhập địa chỉ hoặc đơn vị công tác.',
      contact: 'Vui lòng nhập email hoặc số điện thoại để liên hệ.',
      fullName: 'Vui lòng nhập họ và tên.',
      stance: 'Vui lòng chọn: đồng ý, không đồng ý hoặc ý kiến khác.',
      text: 'Vui lòng nhập nội dung ý kiến.',
    })
  })

  it('refuses oversized fields and bad contacts, accepts Vietnamese phones', async () => {
    const errors = await errorsOf({ ...goodInput, address: 'đ'.repeat(201), fullName: 'a'.repeat(121), text: 'b'.repeat(3001) })
    expect(errors).toEqual({ address: 'Địa chỉ hoặc đơn vị không quá 200 ký tự.', fullName: 'Họ tên không quá 120 ký tự.', text: 'Nội dung ý kiến không quá 3000 ký tự.' })
    for (const contact of ['khong-phai-email', 'a@b', '012345678', '+8412345678', '84912345678']) {
      expect((await errorsOf({ ...goodInput, contact })).contact, contact).toContain('email hợp lệ hoặc số điện thoại Việt Nam')
    }
    for (const contact of ['0912345678', '+84912345678', '0912 345 678']) expect(await errorsOf({ ...goodInput, contact, text: `Ý kiến gửi từ ${contact}` }), contact).toEqual({})
  })

  it('stores nothing when the honeypot is filled, yet answers ok', async () => {
    const before = await payload.count({ collection: 'opinions', overrideAccess: true })
    expect(await submit({ ...goodInput, fullName: 'Máy Gửi Rác', website: 'http://spam.example' })).toEqual({ ok: true })
    expect((await payload.count({ collection: 'opinions', overrideAccess: true })).totalDocs).toBe(before.totalDocs)
  })

  it('takes opinions only inside the window, to the last millisecond of the Vietnamese day', async () => {
    const fresh = (await nomination({ opensAt: FRIDAY_NOON, status: 'open' })).id
    expect((await errorsOf(goodInput, new Date('2026-08-28T04:59:59.999Z'), fresh)).nomination).toBe('Hồ sơ này chưa đến thời gian lấy ý kiến.')
    expect((await submit(goodInput, new Date(FRIDAY_NOON), fresh)).ok).toBe(true)
    expect((await submit(goodInput, new Date('2026-09-15T23:59:59.999+07:00'), fresh)).ok).toBe(true)
    expect((await errorsOf(goodInput, new Date('2026-09-16T00:00:00.000+07:00'), fresh)).nomination).toBe('Đã hết thời hạn lấy ý kiến đối với hồ sơ này.')
  })

  it('refuses unknown and draft nominations', async () => {
    const draft = await nomination()
    expect((await errorsOf(goodInput, during, 999_999)).nomination).toBe('Không tìm thấy hồ sơ đề nghị khen thưởng này.')
    expect((await errorsOf(goodInput, during, draft.id)).nomination).toBe('Không tìm thấy hồ sơ đề nghị khen thưởng này.')
    expect((await errorsOf(goodInput, during, 'khong-phai-ma-so')).nomination).toBe('Không tìm thấy hồ sơ đề nghị khen thưởng này.')
  })

  it('takes the same opinion once: a resend within minutes is a duplicate, later it is a new opinion', async () => {
    const input = { ...goodInput, text: 'Một ý kiến được bấm gửi hai lần.' }
    expect((await submit(input)).ok).toBe(true)
    const again = await submit({ ...input, contact: ` ${goodInput.contact}`, text: `${input.text}  ` }, new Date(during.getTime() + 5_000))
    expect(again).toMatchObject({ errors: { nomination: 'Ý kiến này vừa được gửi, Ban Tổ chức đã nhận. Không cần gửi lại.' }, ok: false, reason: 'duplicate' })
    expect((await submit(input, new Date(during.getTime() + 11 * 60_000))).ok).toBe(true)
  })

  it('limits attempts per address, not per person: another address still gets through', async () => {
    const fromOne = (n: number) => submitOpinion({ address: '203.0.113.7', input: { ...goodInput, text: `Lần ${n}` }, nominationId: openId, now: during, payload })
    for (let n = 1; n <= 10; n++) expect((await fromOne(n)).ok, `attempt ${n}`).toBe(true)
    const refused = await fromOne(11)
    expect(refused).toMatchObject({ ok: false, reason: 'rateLimited' })
    if (refused.ok) throw new Error('expected a refusal')
    expect(refused.errors.nomination).toMatch(/quá nhiều lần .* thử lại sau khoảng 10 phút/)
    expect(refused.retryAfterSeconds).toBe(600)
    expect((await submitOpinion({ address: '198.51.100.2', input: { ...goodInput, text: 'Địa chỉ khác' }, nominationId: openId, now: during, payload })).ok).toBe(true)
  })

  it('answers in English for the English page', async () => {
    const result = await submitOpinion({ input: {}, locale: 'en', nominationId: openId, now: during, payload })
    expect(result).toMatchObject({ errors: { fullName: 'Please enter your full name.', stance: 'Please choose: agree, disagree or other.' }, ok: false, reason: 'invalid' })
  })

  it('keeps HTML and formulas as inert text and neutralises them in the CSV', async () => {
    const hostile = { ...goodInput, address: '@SUM(A1:A9)', fullName: '=HYPERLINK("http://evil.example","x")', text: '<script>alert(1)</script><b>đậm</b>\u0000\u202E\nhết' }
    const result = await submit(hostile)
    if (!result.ok || !result.id) throw new Error('hostile opinion should be stored')
    const stored = (await payload.findByID({ collection: 'opinions', id: result.id, ...asEditor() })) as Opinion
    expect(stored.text).toBe('<script>alert(1)</script><b>đậm</b>\nhết')
    expect(stored.fullName).toBe(hostile.fullName)
    const csv = opinionsToCsv([stored])
    expect(csv.startsWith('\uFEFF')).toBe(true)
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`)
    expect(csv).toContain(`,'@SUM(A1:A9),`)
    expect(csv).toContain('"<script>alert(1)</script><b>đậm</b>\nhết"')
    expect(opinionsToCsv([{ ...stored, text: '-1+2', contact: '+84912345678' }])).toContain(`,'+84912345678,`)
  })
})

describe('closing ended consultations', () => {
  it('closes open nominations whose window has passed, and leaves running ones open', async () => {
    const ended = await nomination({ opensAt: '2026-01-05T02:00:00.000Z', status: 'open' })
    const running = await nomination({ status: 'open' })
    expect(ended.status).toBe('open')
    await payload.jobs.queue({ input: {}, task: 'closeEndedConsultations' })
    await payload.jobs.run()
    const read = (id: number | string) => payload.findByID({ collection: 'nominations', depth: 0, id, overrideAccess: true })
    expect((await read(ended.id)).status).toBe('closed')
    expect((await read(running.id)).status).toBe('open')
  })
})

describe('award decisions', () => {
  it('keep every change as a version with who made it and when', async () => {
    const award = await payload.create({ collection: 'awards', data: { _status: 'draft', awardTitle: 'Bằng khen thử phiên bản', decisionDate: '2026-05-04T17:00:00.000Z', decisionNumber: '77/QĐ-THU', form: 'certificateOfMerit', issuer: 'UBND tỉnh Thử', otherRecipients: [{ kind: 'individual', name: 'Nguyễn Văn Thử' }] }, ...actingAs(users, 'contributor') })
    await payload.update({ collection: 'awards', data: { _status: 'published', awardTitle: 'Bằng khen thử phiên bản (đã duyệt)' }, id: award.id, ...asEditor() })
    const { docs } = await payload.findVersions({ collection: 'awards', sort: 'createdAt', where: { parent: { equals: award.id } }, ...asEditor() })
    const who = docs.map((v) => (typeof v.version.updatedBy === 'object' ? v.version.updatedBy?.id : v.version.updatedBy))
    expect(who).toEqual([users.contributor.id, users.editor.id])
    expect(docs.every((v) => Boolean(v.updatedAt))).toBe(true)
  })
})
