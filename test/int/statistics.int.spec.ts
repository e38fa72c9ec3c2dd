import type { Payload } from 'payload'
import readXlsxFile from 'read-excel-file/node'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { cacheTags } from '@/lib/cache/tags'
import { siteUrl } from '@/lib/urls/sitePaths'
import type { Award } from '@/payload-types'
import { startApiServer } from '../helpers/http'
import { getTestPayload } from '../helpers/payload'
import { createUsersByRole, type UsersByRole } from '../helpers/users'

// The data cache is transparent (every read hits the database); what it is tagged with and what is purged are recorded.
const cache = vi.hoisted(() => ({ purged: [] as string[], tags: new Map<string, string[]>() }))
vi.mock('next/cache', () => ({
  revalidateTag: (tag: string) => void cache.purged.push(tag),
  unstable_cache: <T>(fn: T, keys: string[], options: { tags: string[] }) => {
    cache.tags.set(keys[0], options.tags)
    return fn
  },
}))

type Route = (request: Request, context: { params: Promise<{ locale: string }> }) => Promise<Response>
type EmbedRoute = (request: Request, context: { params: Promise<{ path: string[] }> }) => Promise<Response>

let payload: Payload
let users: UsersByRole
let load: typeof import('@/statistics/load').loadStatistics
let server: Awaited<ReturnType<typeof startApiServer>>
const SITE = siteUrl()
const f = {} as Record<'a1' | 'a2' | 'a3', Award> & { e2: number; movement: string; p1: number; p2: string }

const asEditor = () => ({ overrideAccess: false as const, user: users.editor })

/** The figures a reader of /thong-ke?<params> gets. */
const stats = async (params: Record<string, string> = {}) => {
  const { charts, figures, filters } = await load({ locale: 'vi', params })
  const rows = (key: string) => Object.fromEntries((charts.find((c) => c.key === key)?.rows ?? []).map((r) => [r.label, r.cells]))
  return { filters, rows, totals: figures.awards.totals, figures }
}

beforeAll(async () => {
  payload = await getTestPayload()
  users = await createUsersByRole(payload, 'stats')
  load = (await import('@/statistics/load')).loadStatistics
  const system = { overrideAccess: true }
  const p1 = await payload.create({ collection: 'provinces', data: { code: '901', kind: 'province', name: 'Tỉnh Thống Kê Một' }, ...system })
  const p2 = await payload.create({ collection: 'provinces', data: { code: '902', kind: 'city', name: 'Thành phố Thống Kê Hai' }, ...system })
  const sector = await payload.create({ collection: 'sectors', data: { name: 'Ngành Thống Kê', slug: 'nganh-thong-ke' }, ...system })
  const movement = await payload.create({ collection: 'movements', data: { _status: 'published', level: 'national', name: 'Phong trào Thống Kê', period: { start: '2023-01-01T00:00:00.000Z' }, type: 'periodic' }, ...asEditor() })
  const e1 = await payload.create({ collection: 'exemplars', data: { _status: 'published', flags: { directWorker: true }, kind: 'individual', name: 'Gương Một', province: p1.id, stage: 'nurtured' }, ...asEditor() })
  const e2 = await payload.create({ collection: 'exemplars', data: { _status: 'draft', kind: 'collective', name: 'Gương Nháp', province: p2.id }, draft: true, ...asEditor() })
  const award = (data: Partial<Award> & Pick<Award, 'decisionDate' | 'decisionNumber' | 'form'>, status: 'draft' | 'published' = 'published') =>
    payload.create({ collection: 'awards', data: { _status: status, awardTitle: 'Bằng khen', issuer: 'Chủ tịch UBND', ...data }, draft: status === 'draft', ...asEditor() })
  f.a1 = await award({
    decisionDate: '2023-05-10T00:00:00.000Z', decisionNumber: 'TK-1', form: 'certificateOfMerit', movement: movement.id, province: p2.id, recipients: [e1.id, e2.id], sector: sector.id,
    otherRecipients: [{ flags: { ethnicMinority: true }, kind: 'individual', name: 'Nguyễn Thị Một' }, { flags: { border: true, remote: true }, kind: 'collective', name: 'Tổ Hai', province: p1.id }],
  })
  f.a2 = await award({ decisionDate: '2024-03-01T00:00:00.000Z', decisionNumber: 'TK-2', form: 'order', otherRecipients: [{ flags: { foreign: true }, kind: 'individual', name: 'John Smith', province: p1.id }] })
  f.a3 = await award({ decisionDate: '2024-04-01T00:00:00.000Z', decisionNumber: 'TK-3', form: 'order', otherRecipients: ['A', 'B', 'C'].map((n) => ({ kind: 'individual' as const, name: `Nháp ${n}` })) }, 'draft')
  Object.assign(f, { e2: e2.id, movement: movement.slug, p1: p1.id, p2: p2.slug })
  const csv = (await import('@/app/(frontend)/[locale]/thong-ke/du-lieu.csv/route')) as { GET: Route }
  const xlsx = (await import('@/app/(frontend)/[locale]/thong-ke/du-lieu.xlsx/route')) as { GET: Route }
  const embed = (await import('@/app/embed/[...path]/route')) as { GET: EmbedRoute }
  server = await startApiServer({
    siteRoutes: (url) => {
      const english = url.pathname.startsWith('/en/')
      const path = english ? url.pathname.slice(3) : url.pathname
      const locale = Promise.resolve({ locale: english ? 'en' : 'vi' })
      if (path === '/thong-ke/du-lieu.csv') return (request) => csv.GET(request, { params: locale })
      if (path === '/thong-ke/du-lieu.xlsx') return (request) => xlsx.GET(request, { params: locale })
      if (path.startsWith('/embed/')) return (request) => embed.GET(request, { params: Promise.resolve({ path: path.split('/').slice(2) }) })
      return null
    },
  })
})
afterAll(() => server.close())

describe('figures from published decisions (hand-counted)', () => {
  it('count published decisions only, and recipients whose profile (if any) is published', async () => {
    const { figures, rows, totals } = await stats()
    expect(totals).toEqual({ decisions: 2, recipients: 4 }) // TK-3 is a draft; "Gương Nháp" is an unpublished profile
    expect(figures.awards.byKind).toEqual({ collective: 1, individual: 3 })
    expect(figures.awards.groups).toEqual({ directWorker: 1, ethnicMinority: 1, foreign: 1, remoteBorderIsland: 1 })
    expect(figures.exemplars).toEqual({ byStage: { nurtured: 1 }, total: 1 })
    expect(rows('byYear')).toEqual({ 2023: [1, 3], 2024: [1, 1] })
    expect(rows('byForm')).toMatchObject({ 'Bằng khen': [1, 3], 'Huân chương': [1, 1], 'Huy chương': [0, 0] })
    // Decisions by the decision's province; recipients by their own, else the decision's.
    expect(rows('byProvince')).toEqual({ 'Chưa ghi tỉnh, thành phố': [1, 0], 'Thành phố Thống Kê Hai': [1, 1], 'Tỉnh Thống Kê Một': [0, 3] })
    expect(rows('byMovement')).toEqual({ 'Không thuộc phong trào đã công bố': [1, 1], 'Phong trào Thống Kê': [1, 3] })
  })

  it('apply the URL filters as the register does, dropping unknown values', async () => {
    expect((await stats({ 'tu-nam': '2024' })).totals).toEqual({ decisions: 1, recipients: 1 })
    expect((await stats({ 'den-nam': '2023', 'tu-nam': '2024' })).totals.decisions).toBe(2) // read the right way round
    expect((await stats({ tinh: f.p2 })).totals).toEqual({ decisions: 1, recipients: 3 })
    expect((await stats({ 'hinh-thuc': 'order' })).totals.decisions).toBe(1)
    expect((await stats({ 'phong-trao': f.movement, nganh: 'nganh-thong-ke' })).totals.decisions).toBe(1)
    const unknown = await stats({ 'hinh-thuc': 'bogus', tinh: 'khong-co-tinh-nay', 'tu-nam': 'abc' })
    expect(unknown.totals.decisions).toBe(2)
    expect(unknown.filters).toMatchObject({ form: undefined, from: undefined, province: undefined })
  })

  it('is cached under the tags that publishing, unpublishing and deleting purge, and changes with them', async () => {
    expect(cache.tags.get('statistics:figures')).toEqual(['awards', 'exemplars', 'movements', 'provinces', 'sectors'].map((c) => cacheTags.collection(c)))
    cache.purged.length = 0
    await payload.update({ collection: 'exemplars', data: { _status: 'published' }, id: f.e2, ...asEditor() })
    expect(cache.purged).toContain(cacheTags.collection('exemplars'))
    expect((await stats()).totals).toEqual({ decisions: 2, recipients: 5 })
    await payload.update({ collection: 'awards', data: { _status: 'published' }, id: f.a3.id, ...asEditor() })
    expect((await stats()).totals).toEqual({ decisions: 3, recipients: 8 })
    cache.purged.length = 0
    await payload.update({ collection: 'awards', data: { _status: 'draft' }, id: f.a1.id, ...asEditor() })
    expect(cache.purged).toContain(cacheTags.collection('awards'))
    expect((await stats()).totals).toEqual({ decisions: 2, recipients: 4 })
    const extra = await payload.create({ collection: 'awards', data: { _status: 'published', awardTitle: 'Giấy khen', decisionDate: '2024-05-01T00:00:00.000Z', decisionNumber: 'TK-4', form: 'certificateOfCommendation', issuer: 'Giám đốc', otherRecipients: [{ kind: 'individual', name: 'Lê Bốn' }] }, ...asEditor() })
    expect((await stats()).totals).toEqual({ decisions: 3, recipients: 5 })
    cache.purged.length = 0
    await payload.delete({ collection: 'awards', id: extra.id, ...asEditor() })
    expect(cache.purged).toContain(cacheTags.collection('awards'))
    // Back as it was for the tests below.
    await payload.update({ collection: 'awards', data: { _status: 'published' }, id: f.a1.id, ...asEditor() })
    await payload.update({ collection: 'awards', data: { _status: 'draft' }, id: f.a3.id, ...asEditor() })
    await payload.update({ collection: 'exemplars', data: { _status: 'draft' }, id: f.e2, ...asEditor() })
    expect((await stats()).totals).toEqual({ decisions: 2, recipients: 4 })
  })
})

/** A small RFC 4180 reader for the tests (quoted cells, doubled quotes, CRLF). */
const parseCsv = (text: string): string[][] =>
  text
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n')
    .map((line) => [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)].slice(0, -1).map((m) => m[1].replace(/^"|"$/g, '').replace(/""/g, '"')))

/** The rows of one table in a CSV or sheet: from the row after its title's header to the next blank row. */
const tableAfter = (rows: unknown[][], title: string) => {
  const start = rows.findIndex((r) => r[0] === title)
  const end = rows.findIndex((r, i) => i > start && (r.length === 0 || r.every((c) => c === null || c === '')))
  return rows.slice(start + 2, end === -1 ? undefined : end)
}

describe('downloads, embeds and oEmbed over HTTP', () => {
  it('CSV: BOM, the filters on top, every table, numbers that parse back to the page’s', async () => {
    const res = await fetch(`${server.url}/thong-ke/du-lieu.csv?tu-nam=2023&den-nam=2024`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="thong-ke-2023-2024.csv"')
    const bytes = new Uint8Array(await res.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const rows = parseCsv(new TextDecoder().decode(bytes))
    expect(rows[0]).toEqual(['Thống kê thi đua, khen thưởng'])
    expect(rows).toContainEqual(['Từ năm', '2023'])
    expect(tableAfter(rows, 'Theo năm')).toEqual([['2023', '1', '3'], ['2024', '1', '1'], ['Tổng cộng', '2', '4']])
    expect(tableAfter(rows, 'Cá nhân và tập thể được khen')).toEqual([['Cá nhân', '3', '75,0%'], ['Tập thể', '1', '25,0%']])
    expect(rows.some((r) => r[0] === 'Gương điển hình theo giai đoạn')).toBe(true)
  })

  it('XLSX: one sheet per table, each with the filters on top; counts and shares are numbers', async () => {
    const res = await fetch(`${server.url}/en/thong-ke/du-lieu.xlsx?tinh=${f.p2}`)
    expect(res.status).toBe(200)
    const sheets = await readXlsxFile(Buffer.from(await res.arrayBuffer()))
    expect(sheets.map((s) => s.sheet)).toEqual(['By year', 'By form', 'By province', 'By sector', 'By movement', 'Individuals, collectives', 'Priority groups', 'Exemplars by stage'])
    const byYear = sheets[0].data
    expect(byYear).toContainEqual(['Province or city', 'Thành phố Thống Kê Hai', null])
    expect(tableAfter(byYear, 'By year')).toEqual([['2023', 1, 3], ['Total', 1, 3]])
    expect(tableAfter(sheets[5].data, 'Individuals and collectives commended')).toEqual([['Individuals', 2, 2 / 3], ['Collectives', 1, 1 / 3]])
  })

  it('bad filters are ignored, never a 500', async () => {
    for (const query of ['tu-nam=abc&den-nam=-1', 'tinh=%3Cscript%3E&nganh=../../x', 'hinh-thuc=bogus&phong-trao=khong-co', `tinh=${'a'.repeat(5000)}`]) {
      for (const path of ['/thong-ke/du-lieu.csv', '/thong-ke/du-lieu.xlsx', '/embed/thong-ke/theo-nam']) expect((await fetch(`${server.url}${path}?${query}`)).status).toBe(200)
    }
  })

  it('an embed shows one chart, its summary and a link back to /thong-ke with the same filters', async () => {
    const res = await fetch(`${server.url}/embed/thong-ke/theo-tinh?tinh=${f.p2}&lang=en&utm_source=x`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-security-policy')).toContain('frame-ancestors *')
    const html = await res.text()
    expect(html).toMatch(/^<!doctype html>\n<html lang="en"/)
    expect(html).toContain(`<a href="${SITE}/en/thong-ke?tinh=${f.p2}#theo-tinh" target="_blank" rel="noopener">Emulation and commendation statistics: By province</a>`)
    expect(html).toContain('<div class="chart" role="img" aria-label="Bar chart: By province. Tỉnh Thống Kê Một has the most')
    expect(html).toContain('Tỉnh Thống Kê Một has the most individuals and collectives commended: 2.')
    expect((await fetch(`${server.url}/embed/thong-ke/khong-co-bieu-do`)).status).toBe(404)
    expect((await fetch(`${server.url}/embed/thong-ke/theo-nam?theme=neon`)).status).toBe(400)
  })

  it('oEmbed describes a chart from its section of the page, filters included', async () => {
    const url = `${SITE}/thong-ke?tu-nam=2024&x=1#theo-hinh-thuc`
    const res = await fetch(`${server.url}/api/oembed?url=${encodeURIComponent(url)}`)
    expect(res.status).toBe(200)
    const body = (await res.json()) as Record<string, unknown>
    expect(body).toMatchObject({ height: 560, provider_name: 'Thi đua', title: 'Thống kê thi đua, khen thưởng: Theo hình thức khen thưởng', type: 'rich', width: 600 })
    expect(body.html).toContain(`src="${SITE}/embed/thong-ke/theo-hinh-thuc?tu-nam=2024"`)
    const page = await fetch(`${server.url}/api/oembed?url=${encodeURIComponent(`${SITE}/en/thong-ke`)}`)
    expect(((await page.json()) as { html: string }).html).toContain(`${SITE}/embed/thong-ke/theo-nam?lang=en`)
    expect((await fetch(`${server.url}/api/oembed?url=${encodeURIComponent(`${SITE}/thong-ke#noi-dung`)}`)).status).toBe(404)
  })
})

describe('decisions saved before statFacts existed', () => {
  it('count as decisions without recipients until the backfill reaches them, never an error', async () => {
    await payload.db.updateOne({ collection: 'awards', data: { statFacts: null }, id: f.a2.id, returning: false })
    expect((await stats()).totals).toEqual({ decisions: 2, recipients: 3 })
  })
})
