import type { Payload } from 'payload'
import { beforeAll, describe, expect, it, vi } from 'vitest'

import { backfillAwardFolded } from '@/collections/Awards/backfill'
import { canonicalQuery, LISTING_PARAMS, LISTING_TEXT_PARAMS, paramsFromKey } from '@/lib/filters/canonical'
import { parseAwardFilters } from '@/register/filters'
import type { Award } from '@/payload-types'
import { getTestPayload } from '../helpers/payload'
import { createUsersByRole, type UsersByRole } from '../helpers/users'

// The cache is made transparent so every read hits the database.
vi.mock('next/cache', () => ({ revalidateTag: () => undefined, unstable_cache: <T>(fn: T) => fn }))

type Route = (request: Request, context: { params: Promise<{ locale: string }> }) => Promise<Response>

let payload: Payload
let users: UsersByRole
let listAwards: typeof import('@/register/queries').listAwards
let routes: Record<'csv' | 'json', Route>

const asEditor = () => ({ overrideAccess: false as const, user: users.editor })

/** Calls the download route as Next would after the /vi rewrite. */
const download = (format: 'csv' | 'json', query: string, locale = 'vi') =>
  routes[format](new Request(`http://localhost:3000/khen-thuong/du-lieu.${format}?${query}`), { params: Promise.resolve({ locale }) })

const award = (data: Partial<Award> & Pick<Award, 'decisionNumber'>, status: 'draft' | 'published' = 'published') =>
  payload.create({
    collection: 'awards',
    data: { _status: status, awardTitle: 'Bằng khen', decisionDate: '2025-03-10T00:00:00.000Z', form: 'certificateOfMerit', issuer: 'Chủ tịch UBND tỉnh Thử', ...data },
    draft: status === 'draft',
    ...asEditor(),
  })

const ids = async (params: Record<string, string>) => (await listAwards(parseAwardFilters(params), 'vi')).docs.map((d) => d.decisionNumber).sort()

let movementSlug = ''

beforeAll(async () => {
  payload = await getTestPayload()
  users = await createUsersByRole(payload, 'register')
  listAwards = (await import('@/register/queries')).listAwards
  routes = {
    csv: ((await import('@/app/(frontend)/[locale]/khen-thuong/du-lieu.csv/route')) as { GET: Route }).GET,
    json: ((await import('@/app/(frontend)/[locale]/khen-thuong/du-lieu.json/route')) as { GET: Route }).GET,
  }
  const movement = await payload.create({ collection: 'movements', data: { _status: 'published', level: 'national', name: 'Phong trào Sổ Vàng', period: { start: '2025-01-01T00:00:00.000Z' }, type: 'periodic' }, ...asEditor() })
  movementSlug = movement.slug ?? ''
  const exemplar = await payload.create({ collection: 'exemplars', data: { _status: 'published', kind: 'individual', name: 'Nguyễn Văn Sổ', stage: 'nurtured' }, ...asEditor() })
  await award({ decisionNumber: 'SO-1/QĐ', issuer: 'Thủ tướng Chính phủ', recipients: [exemplar.id], movement: movement.id })
  await award({ decisionNumber: 'SO-2/QĐ', otherRecipients: [{ kind: 'individual', name: 'Trần Thị Hoàn', unit: 'Xã Đông, "Thôn 1"' }] })
  await award({ decisionNumber: 'SO-3/QĐ', otherRecipients: [{ kind: 'individual', name: 'Nguyễn Văn Nháp', unit: 'Đơn vị nháp' }] }, 'draft')
  await award({
    awardTitle: '=HYPERLINK("http://evil.example","bấm")',
    decisionNumber: 'SO-4/QĐ',
    issuer: '@SUM(A1:A9)',
    otherRecipients: [
      { kind: 'individual', name: '+1 Sổ Công thức', unit: '-2' },
      { kind: 'collective', name: 'Tổ Sổ, ca 2', unit: 'Phòng\nHai' },
    ],
  })
})

describe('the award register search', () => {
  it('finds recipients by name with or without diacritics, from a word start, never across names', async () => {
    expect(await ids({ ten: 'nguyen van so' })).toEqual(['SO-1/QĐ'])
    expect(await ids({ ten: 'Nguyễn  Văn SỔ' })).toEqual(['SO-1/QĐ'])
    expect(await ids({ ten: 'tran thi hoan' })).toEqual(['SO-2/QĐ'])
    expect(await ids({ ten: 'oan' })).toEqual([]) // not a word start
    expect(await ids({ ten: 'cong thuc to' })).toEqual([]) // spans two recipients
  })

  it('filters by issuing body and by movement', async () => {
    expect(await ids({ cap: 'thu tuong', ten: 'so' })).toEqual(['SO-1/QĐ'])
    expect(await ids({ 'phong-trao': movementSlug })).toEqual(['SO-1/QĐ'])
    expect(await ids({ 'phong-trao': 'khong-co-phong-trao' })).toEqual([])
  })

  it('never lists a draft', async () => {
    expect(await ids({ ten: 'nhap' })).toEqual([])
  })

  it('keeps the folded copies when a recipient changes and backfills rows saved before them', async () => {
    const doc = await award({ decisionNumber: 'SO-5/QĐ', otherRecipients: [{ kind: 'individual', name: 'Lê Văn Cũ' }] })
    await payload.update({ collection: 'awards', data: { otherRecipients: [{ kind: 'individual', name: 'Lê Văn Mới' }] }, id: doc.id, ...asEditor() })
    expect(await ids({ ten: 'le van moi' })).toEqual(['SO-5/QĐ'])
    expect(await ids({ ten: 'le van cu' })).toEqual([])
    // A row from before the migration: the columns are empty until the start-up backfill.
    await payload.db.updateOne({ collection: 'awards', data: { issuerFolded: null, recipientNamesFolded: null }, id: doc.id, returning: false })
    expect(await ids({ ten: 'le van moi' })).toEqual([])
    expect(await backfillAwardFolded({ payload })).toBeGreaterThanOrEqual(1)
    expect(await ids({ ten: 'le van moi' })).toEqual(['SO-5/QĐ'])
    expect(await backfillAwardFolded({ payload })).toBe(0)
  })

  it('canonical cache keys fold free text and keep slugs elsewhere', () => {
    const key = canonicalQuery(new URLSearchParams('ten=Nguyễn+Văn,&cap=&phong-trao=so-vang&x=1'), LISTING_PARAMS['/khen-thuong'], LISTING_TEXT_PARAMS['/khen-thuong'])
    expect(key).toBe('phong-trao=so-vang&ten=nguyen+van')
    expect(paramsFromKey(encodeURIComponent(key)).ten).toBe('nguyen van')
    expect(canonicalQuery(new URLSearchParams('cap=trung-uong'), LISTING_PARAMS['/phong-trao'], LISTING_TEXT_PARAMS['/phong-trao'])).toBe('cap=trung-uong')
  })
})

describe('the register as open data', () => {
  it('CSV: BOM, header, quoting, formula injection neutralised, attachment with an ASCII name', async () => {
    const res = await download('csv', 'cap=&nam=2025')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="[a-z0-9.-]+"$/)
    const bytes = new Uint8Array(await res.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1)
    const [header, ...lines] = text.trimEnd().split('\r\n')
    expect(header).toBe('Số quyết định,Ngày,Cấp quyết định,Hình thức,Danh hiệu,Người/tập thể được khen,Đơn vị,Tỉnh,Ngành,Phong trào,Đường dẫn')
    expect(text).toContain('SO-1/QĐ,10/03/2025,Thủ tướng Chính phủ,Bằng khen,Bằng khen,Nguyễn Văn Sổ,,,,Phong trào Sổ Vàng,http')
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""bấm"")"`)
    expect(text).toContain(",'@SUM(A1:A9),")
    expect(text).toContain(`"'+1 Sổ Công thức; Tổ Sổ, ca 2","'-2; Phòng\nHai"`)
    expect(text).toContain(`,Trần Thị Hoàn,"Xã Đông, ""Thôn 1""",`)
    expect(text).not.toContain('Nháp')
    expect(lines.length).toBeGreaterThanOrEqual(3)
    expect(res.headers.get('x-truncated')).toBeNull()
  })

  it('JSON: ISO dates, licence and source, drafts left out', async () => {
    const res = await download('json', 'ten=nguyen+van')
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="so-khen-thuong-nguyen-van.json"')
    const body = (await res.json()) as { licence: { attribution: string; name: string }; rows: { decisionDate: string; decisionNumber: string; recipients: string[] }[]; source: string; total: number; truncated: boolean }
    expect(body.licence).toMatchObject({ attribution: 'Nguồn: Cổng Thi đua', name: 'CC BY 4.0' })
    expect(body.source).toMatch(/\/khen-thuong$/)
    expect(body.truncated).toBe(false)
    expect(body.rows.map((r) => r.decisionNumber)).toEqual(['SO-1/QĐ'])
    expect(body.rows[0]).toMatchObject({ decisionDate: '2025-03-10T00:00:00.000Z', recipients: ['Nguyễn Văn Sổ'] })
  })

  it('bad parameters are ignored, never a 500', async () => {
    for (const query of ['nam=abc&trang=-1', 'ten=%25%00%27%22&cap=)))', 'tinh=<script>&nganh=khong-co', 'phong-trao=../../x&hinh-thuc=bogus', `ten=${'a'.repeat(5000)}`]) {
      for (const format of ['csv', 'json'] as const) expect((await download(format, query, 'zz')).status).toBe(200)
    }
  })
})
