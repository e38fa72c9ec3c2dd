import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startApiServer } from '../helpers/http'
import { createProvinces, importXlsx } from '../helpers/importFiles'
import { getTestPayload } from '../helpers/payload'
import { createUsersByRole, TEST_PASSWORD, type UsersByRole } from '../helpers/users'

/** The admin view's HTTP contract: check (multipart), run, template; who may call them and what bad input gets. */
let payload: Payload
let users: UsersByRole
let server: Awaited<ReturnType<typeof startApiServer>>
const tokens: Partial<Record<'contributor' | 'editor', string>> = {}

const login = async (role: 'contributor' | 'editor') => {
  const res = await fetch(`${server.url}/api/users/login`, { body: JSON.stringify({ email: users[role].email, password: TEST_PASSWORD }), headers: { 'content-type': 'application/json' }, method: 'POST' })
  tokens[role] = ((await res.json()) as { token: string }).token
}

const auth = (role?: 'contributor' | 'editor'): Record<string, string> => (role ? { authorization: `JWT ${tokens[role]}` } : {})

const check = async ({ as, bytes, data, name }: { as?: 'contributor' | 'editor'; bytes: Buffer; data: Record<string, unknown>; name: string }) => {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)]), name)
  form.append('_payload', JSON.stringify(data))
  const res = await fetch(`${server.url}/api/imports/check`, { body: form, headers: auth(as), method: 'POST' })
  return { body: (await res.json()) as { doc?: { id: number | string; status: string; summary: string; report: { issues: unknown[] } }; errors?: { message: string }[] }, status: res.status }
}

const row = { decisionDate: '02/09/2024', decisionNumber: '88/QĐ-UBND', form: 'Giấy khen', issuer: 'Chủ tịch UBND xã (mẫu)', province: 'Kon Tum', recipientKind: 'Cá nhân', recipientName: 'A Thị Hlen (mẫu)' }

beforeAll(async () => {
  payload = await getTestPayload()
  users = await createUsersByRole(payload, 'impe')
  await createProvinces(payload)
  server = await startApiServer()
  await login('editor')
  await login('contributor')
}, 180_000)
afterAll(() => server.close())

describe('POST /api/imports/check', () => {
  it('refuses the anonymous (401) and contributors (403)', async () => {
    const bytes = await importXlsx({ kind: 'awards', rows: [row] })
    expect((await check({ bytes, data: { kind: 'awards' }, name: 'a.xlsx' })).status).toBe(401)
    expect((await check({ as: 'contributor', bytes, data: { kind: 'awards' }, name: 'a.xlsx' })).status).toBe(403)
  })

  it('answers 400 with the reason for a file that is not a spreadsheet, an unknown kind or broken JSON, and keeps nothing', async () => {
    const pdf = await check({ as: 'editor', bytes: Buffer.from('%PDF-1.4\n%%EOF\n'), data: { kind: 'awards' }, name: 'qd.xlsx' })
    expect(pdf.status).toBe(400)
    expect(pdf.body.errors?.[0].message).toContain('tệp PDF, không phải bảng tính')
    const kind = await check({ as: 'editor', bytes: await importXlsx({ kind: 'awards', rows: [row] }), data: { kind: 'people' }, name: 'a.xlsx' })
    expect(kind.status).toBe(400)
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(Buffer.from('x'))]), 'a.csv')
    form.append('_payload', '{not json')
    expect((await fetch(`${server.url}/api/imports/check`, { body: form, headers: auth('editor'), method: 'POST' })).status).toBe(400)
    expect((await payload.count({ collection: 'imports', overrideAccess: true })).totalDocs).toBe(0)
  })

  it('keeps the file and its report; a file with bad rows cannot be run (409) unless rows may be skipped', async () => {
    const bad = await check({ as: 'editor', bytes: await importXlsx({ kind: 'awards', rows: [row, { ...row, province: 'Kon Tum 2', recipientName: 'Y Blúp (mẫu)' }] }), data: { kind: 'awards' }, name: 'loi.xlsx' })
    expect(bad.status).toBe(201)
    expect(bad.body.doc?.status).toBe('rejected')
    expect(bad.body.doc?.report.issues).toHaveLength(1)
    const refused = await fetch(`${server.url}/api/imports/${bad.body.doc?.id}/run`, { headers: auth('editor'), method: 'POST' })
    expect(refused.status).toBe(409)

    const good = await check({ as: 'editor', bytes: await importXlsx({ kind: 'awards', rows: [row] }), data: { kind: 'awards', publish: true }, name: 'tot.xlsx' })
    expect(good.body.doc).toMatchObject({ status: 'checked', summary: '1 dòng, 1 quyết định, 0 dòng lỗi; chưa ghi gì (chạy thử).' })
    const run = await fetch(`${server.url}/api/imports/${good.body.doc?.id}/run`, { headers: auth('editor'), method: 'POST' })
    expect(run.status).toBe(200)
    expect(((await run.json()) as { doc: { status: string } }).doc.status).toBe('queued')
    const jobs = await payload.find({ collection: 'payload-jobs', overrideAccess: true, where: { taskSlug: { equals: 'runImport' } } })
    expect(jobs.docs.map((j) => j.input)).toEqual([{ importId: String(good.body.doc?.id) }])
    // Queued twice is refused: one import of a file at a time.
    expect((await fetch(`${server.url}/api/imports/${good.body.doc?.id}/run`, { headers: auth('editor'), method: 'POST' })).status).toBe(409)
    // The queue's runner starts the import process, which writes as the editor and keeps the record's counts.
    await payload.jobs.run({ queue: 'imports' })
    const done = await payload.findByID({ collection: 'imports', id: good.body.doc?.id ?? 0, overrideAccess: true })
    expect(done).toMatchObject({ counts: { created: 1, processed: 1, records: 1 }, status: 'done' })
    const award = await payload.find({ collection: 'awards', depth: 0, overrideAccess: false, where: { decisionNumber: { equals: '88/QĐ-UBND' } } })
    expect(award.docs.map((a) => [a._status, a.createdBy, a.otherRecipients?.[0]?.provinceAsWritten])).toEqual([['published', users.editor.id, 'Kon Tum']])
    // The uploaded file is private.
    const record = await payload.findByID({ collection: 'imports', id: good.body.doc?.id ?? 0, overrideAccess: true })
    expect((await fetch(`${server.url}/api/imports/file/${record.filename}`)).status).toBe(403)
  })
})

describe('GET /api/imports/template/:kind', () => {
  it('gives editors the XLSX template, 404 for an unknown kind, 401 to the anonymous', async () => {
    const res = await fetch(`${server.url}/api/imports/template/awards`, { headers: auth('editor') })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toContain('spreadsheetml')
    expect(Buffer.from(await res.arrayBuffer()).subarray(0, 2).toString()).toBe('PK')
    expect((await fetch(`${server.url}/api/imports/template/people`, { headers: auth('editor') })).status).toBe(404)
    expect((await fetch(`${server.url}/api/imports/template/awards`)).status).toBe(401)
  })
})
