import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import type { LegalDocument, Procedure } from '@/payload-types'
import { publishedLegalBasis } from '@/procedures/present'
import { startApiServer } from '../helpers/http'
import { pdfUpload } from '../helpers/files'
import { getTestPayload } from '../helpers/payload'
import { createUsersByRole, type UsersByRole } from '../helpers/users'

// Outside Next the cache wrapper is made transparent, so every read hits the database.
vi.mock('next/cache', () => ({ revalidateTag: () => undefined, unstable_cache: <T>(fn: T) => fn }))

/** Every unpublished text carries this marker; no public read may return it. */
const DRAFT_MARKER = 'THUTUCNHAPBIMAT'

let payload: Payload
let users: UsersByRole
let server: Awaited<ReturnType<typeof startApiServer>>
let q: typeof import('@/procedures/queries')
let searchSite: typeof import('@/search/queries').searchSite
let law: LegalDocument
let draftDecree: LegalDocument
let mothers: Procedure
let commune: Procedure
let draft: Procedure
let editedLater: Procedure

const asEditor = () => ({ overrideAccess: false as const, user: users.editor })

const procedure = (data: Partial<Procedure> & Pick<Procedure, 'level' | 'name'>, status: 'draft' | 'published' = 'published') =>
  payload.create({ collection: 'procedures', data: { ...data, _status: status }, draft: status === 'draft', ...asEditor() })

beforeAll(async () => {
  payload = await getTestPayload()
  users = await createUsersByRole(payload, 'tt')
  q = await import('@/procedures/queries')
  ;({ searchSite } = await import('@/search/queries'))
  server = await startApiServer()
  const issued = { issuedDate: '2022-06-15T00:00:00.000Z', status: 'inForce' as const }
  law = await payload.create({ collection: 'documents', data: { ...issued, _status: 'published', number: '06/2022/QH15-TT', title: 'Luật Thi đua, khen thưởng (thử)', type: 'law' }, ...asEditor() })
  draftDecree = await payload.create({ collection: 'documents', data: { ...issued, _status: 'draft', number: '999/2025/NĐ-CP', title: `Nghị định ${DRAFT_MARKER}`, type: 'decree' }, draft: true, ...asEditor() })
  const form = await payload.create({ collection: 'files', data: { title: 'Mẫu bản khai (thử)' }, file: pdfUpload('ban-khai-thu.pdf'), overrideAccess: false, user: users.editor })
  mothers = await procedure({
    agency: 'Bộ Nội vụ',
    applicants: 'Người mẹ hoặc thân nhân kê khai tại xã.',
    dossier: [{ form: form.id, name: 'Bản khai của người mẹ' }, { name: 'Bản sao Bằng Tổ quốc ghi công' }],
    legalBasis: [law.id, draftDecree.id],
    level: 'central',
    name: 'Thủ tục tặng danh hiệu “Bà mẹ Việt Nam anh hùng” (thử)',
    processingTime: 'Theo ngày làm việc',
    steps: [{ detail: 'Ủy ban nhân dân cấp xã xác nhận bản khai.', title: 'Kê khai tại xã' }],
    summary: 'Danh hiệu vinh dự Nhà nước.',
  })
  commune = await procedure({ level: 'commune', name: 'Thủ tục tặng Giấy khen cấp xã (thử)', legalBasis: [law.id] })
  draft = await procedure({ level: 'commune', name: `Thủ tục ${DRAFT_MARKER}`, legalBasis: [law.id] }, 'draft')
  editedLater = await procedure({ level: 'provincial', name: 'Thủ tục tặng Bằng khen cấp tỉnh (thử)' })
  await payload.update({ collection: 'procedures', data: { name: `Bằng khen ${DRAFT_MARKER} sửa` }, draft: true, id: editedLater.id, ...asEditor() })
}, 120_000)
afterAll(() => server?.close())

const everyText = (value: unknown) => JSON.stringify(value)

describe('procedures on the public site', () => {
  it('the listing shows published procedures by level, never a draft or an unpublished edit', async () => {
    const groups = await q.listProcedureGroups('vi')
    expect(groups.map((g) => g.level)).toEqual(['central', 'provincial', 'commune'])
    const byLevel = Object.fromEntries(groups.map((g) => [g.level, g.docs.map((d) => d.id)]))
    expect(byLevel.central).toContain(mothers.id)
    expect(byLevel.commune).toEqual([commune.id])
    expect(byLevel.provincial).toContain(editedLater.id)
    const communeOnly = await q.listProcedures({ level: 'commune', locale: 'vi', page: 1 })
    expect(communeOnly.docs.map((d) => d.id)).toEqual([commune.id])
    expect(everyText([groups, communeOnly])).not.toContain(DRAFT_MARKER)
    expect((await q.listProcedures({ level: 'provincial', locale: 'vi', page: 999 })).docs).toEqual([])
  })

  it('the page reads the published procedure by slug; a draft or an unknown slug is not found', async () => {
    expect((await q.getProcedure(mothers.slug ?? '', 'vi'))?.name).toBe(mothers.name)
    expect((await q.getProcedure(editedLater.slug ?? '', 'vi'))?.name).toBe('Thủ tục tặng Bằng khen cấp tỉnh (thử)')
    expect(await q.getProcedure(draft.slug ?? '', 'vi')).toBeNull()
    expect(await q.getProcedure('khong-co-thu-tuc-nay', 'vi')).toBeNull()
  })

  it('the legal basis links published documents only, and each form comes with its URL, type and size', async () => {
    const page = await q.getProcedure(mothers.slug ?? '', 'vi')
    expect(publishedLegalBasis(page?.legalBasis).map((d) => [d.id, d.slug])).toEqual([[law.id, law.slug]])
    expect(everyText(page?.legalBasis)).not.toContain(DRAFT_MARKER)
    const form = page?.dossier?.[0]?.form
    expect(form).toMatchObject({ mimeType: 'application/pdf', title: 'Mẫu bản khai (thử)' })
    expect(typeof form === 'object' && form?.filesize).toBeGreaterThan(0)
    const url = typeof form === 'object' ? (form?.url ?? '') : ''
    expect(url).toMatch(/^\/api\/files\/file\/ban-khai-thu.*\.pdf$/)
    const download = await fetch(`${server.url}${url}`)
    expect(download.status).toBe(200)
    expect((await download.arrayBuffer()).byteLength).toBe(typeof form === 'object' ? form?.filesize : -1)
  })

  it('a document page lists the published procedures that cite it', async () => {
    const citing = await q.listProceduresForDocument({ documentId: law.id, locale: 'vi' })
    expect(citing.map((p) => p.id).sort()).toEqual([mothers.id, commune.id].sort())
    expect(everyText(citing)).not.toContain(DRAFT_MARKER)
  })
})

describe('procedures in the site search', () => {
  it('are found with and without Vietnamese tones, by name and by what the steps say', async () => {
    for (const query of ['ba me viet nam anh hung', 'Bà mẹ Việt Nam anh hùng', 'BA ME VIET NAM']) {
      const { hits } = await searchSite(query, 'procedures', 1)
      expect(hits.map((h) => h.url), query).toContain(`/thu-tuc/${mothers.slug}`)
    }
    const { hits } = await searchSite('uy ban nhan dan cap xa xac nhan ban khai', null, 1)
    expect(hits[0]?.kind).toBe('procedures')
  })

  it('never return a draft procedure or an unpublished edit', async () => {
    const { hits, total } = await searchSite(DRAFT_MARKER, null, 1)
    expect(total).toBe(0)
    expect(hits).toEqual([])
    const edited = await searchSite('bang khen cap tinh thu', 'procedures', 1)
    expect(edited.hits.map((h) => h.title)).toEqual(['Thủ tục tặng Bằng khen cấp tỉnh (thử)'])
  })
})

describe('procedures through REST, as an anonymous reader', () => {
  it('lists and reads published procedures only, without unpublished legal basis', async () => {
    const list = await fetch(`${server.url}/api/procedures?depth=1&limit=100`)
    expect(list.status).toBe(200)
    const body = await list.text()
    expect(body).toContain(mothers.name)
    expect(body).not.toContain(DRAFT_MARKER)
    expect((await fetch(`${server.url}/api/procedures/${draft.id}`)).status).toBe(404)
  })
})
