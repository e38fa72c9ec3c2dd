import type { Payload } from 'payload'
import { beforeAll, describe, expect, it, vi } from 'vitest'

import { candidateSource, findCandidates } from '@/search/candidates'
import { highlight } from '@/search/highlight'
import { payloadSource } from '@/search/sources/payloadSource'
import type { Lookup, SearchLocale } from '@/search/sources/types'
import { postgresAdapterOf } from '@/lib/database/postgresReader'
import { backfillSearchTokens } from '@/search/backfill'
import { searchTerms } from '@/search/terms'
import { indexFields } from '@/search/tokens'
import { onPostgres } from '../helpers/database'
import { getTestPayload } from '../helpers/payload'

// The site's search reads through Next's data cache; outside Next it must
// simply run the query, so the cache wrapper is made transparent here.
vi.mock('next/cache', () => ({ revalidateTag: () => undefined, unstable_cache: <T>(fn: T) => fn }))

let payload: Payload
let searchSite: typeof import('@/search/queries').searchSite
let SEARCH_PAGE_SIZE: number

const editor = { overrideAccess: true } as const

/** A search entry written straight through the adapter (fast, no hooks), index fields included. */
const writeEntry = ({ body = '', kind, summary = '', title, url }: { body?: string; kind: string; summary?: string; title: string; url: string }) => {
  const { folded, tokens } = indexFields('vi', { body, summary, title })
  // Localized fields take a { locale: value } map at the adapter level.
  const vi = (text: string) => ({ vi: text })
  return payload.db.create({
    collection: 'search',
    data: { bodyFolded: vi(folded.bodyFolded), kind, summary: vi(summary), summaryFolded: vi(folded.summaryFolded), title: vi(title), titleFolded: vi(folded.titleFolded), tokens, url },
  })
}

beforeAll(async () => {
  payload = await getTestPayload()
  ;({ SEARCH_PAGE_SIZE, searchSite } = await import('@/search/queries'))
  await payload.create({ collection: 'exemplars', data: { _status: 'published', kind: 'individual', name: 'Y Bhăm Niê', organization: 'Hợp tác xã cà phê Đắk Lắk', stage: 'nurtured', summary: 'Người dẫn đầu phong trào thi đua sản xuất cà phê bền vững.' }, ...editor })
  await payload.create({ collection: 'exemplars', data: { _status: 'published', kind: 'collective', name: 'Tổ thi đua cà phê sạch', stage: 'discovered', summary: 'Một tập thể ở Tây Nguyên.' }, ...editor })
  await payload.create({ collection: 'movements', data: { _status: 'published', level: 'national', name: 'Phong trào thi đua “Cả nước chung sức xây dựng nông thôn mới”', period: { start: '2011-06-08T00:00:00.000Z' }, slogan: 'Chung sức vì nông thôn', type: 'thematic' }, ...editor })
  await payload.create({ collection: 'exemplars', data: { _status: 'draft', kind: 'individual', name: 'Bản nháp Đắk Lắk bí mật', stage: 'discovered' }, draft: true, ...editor })
})

describe('search terms', () => {
  it('fold tones and case and drop punctuation, bounded in size', () => {
    expect(searchTerms('Thi ĐUA, ái quốc!')).toEqual(['thi', 'dua', 'ai', 'quoc'])
    expect(searchTerms('.*+?^${}()|[]\\%_')).toEqual([])
    expect(searchTerms('a'.repeat(10_000)).join('').length).toBeLessThanOrEqual(200)
    expect(searchTerms('một hai ba bốn năm sáu bảy tám chín mười')).toHaveLength(8)
  })
})

describe('site search', () => {
  it('finds "thi đua" from "thi dua" and "Đắk Lắk" from "dak lak"', async () => {
    const a = await searchSite('thi dua', null, 1)
    expect(a.hits.map((h) => h.title)).toEqual(expect.arrayContaining(['Y Bhăm Niê', 'Tổ thi đua cà phê sạch']))
    const b = await searchSite('dak lak', null, 1)
    expect(b.hits.map((h) => h.title)).toContain('Y Bhăm Niê')
  })

  it('finds accent-free text from accented queries too', async () => {
    const result = await searchSite('NÔNG THÔN MỚI', null, 1)
    expect(result.hits[0]?.kind).toBe('movements')
  })

  it('ranks a title match above a summary match', async () => {
    const { hits } = await searchSite('ca phe', null, 1)
    expect(hits.map((h) => h.title)).toEqual(['Tổ thi đua cà phê sạch', 'Y Bhăm Niê'])
  })

  it('filters by type and counts every type', async () => {
    const all = await searchSite('thi dua', null, 1)
    expect(all.counts.exemplars).toBe(2)
    expect(all.counts.movements).toBe(1)
    const movementsOnly = await searchSite('thi dua', 'movements', 1)
    expect(movementsOnly.hits.every((h) => h.kind === 'movements')).toBe(true)
  })

  it('never returns a draft, and forgets a document once it is unpublished', async () => {
    expect((await searchSite('bi mat', null, 1)).total).toBe(0)
    const doc = await payload.create({ collection: 'articles', data: { _status: 'published', column: (await payload.create({ collection: 'columns', data: { _status: 'published', name: 'Cột' }, ...editor })).id, title: 'Bài về hải đảo xa xôi' }, ...editor })
    expect((await searchSite('hai dao xa xoi', null, 1)).total).toBe(1)
    await payload.update({ collection: 'articles', data: { _status: 'draft' }, id: doc.id, ...editor })
    expect((await searchSite('hai dao xa xoi', null, 1)).total).toBe(0)
  })

  it('keeps the published text searchable while a newer draft is being edited', async () => {
    const doc = await payload.create({ collection: 'exemplars', data: { _status: 'published', kind: 'individual', name: 'Lê Văn Hải Đăng', stage: 'discovered' }, ...editor })
    await payload.update({ collection: 'exemplars', data: { name: 'Tên nháp chưa duyệt' }, draft: true, id: doc.id, ...editor })
    expect((await searchSite('hai dang', null, 1)).total).toBe(1)
    expect((await searchSite('chua duyet', null, 1)).total).toBe(0)
  })

  it('keeps the best title match even when hundreds of bodies mention the words', async () => {
    for (let i = 0; i < 320; i++) await writeEntry({ body: 'áo dài hoa sen trong đầm', kind: 'articles', title: `Bài số ${i}`, url: `/x/${i}` })
    await writeEntry({ kind: 'exemplars', title: 'Hoa sen vàng', url: '/guong-dien-hinh/hoa-sen-vang' })
    const { hits } = await searchSite('hoa sen', null, 1)
    expect(hits[0]?.title).toBe('Hoa sen vàng')
  })

  it('answers huge and hostile queries safely', async () => {
    await expect(searchSite('%'.repeat(10_000), null, 1)).resolves.toMatchObject({ total: 0 })
    await expect(searchSite(`${'(a|'.repeat(3000)}*`, null, 1)).resolves.toBeTruthy()
    await expect(searchSite("'; DROP TABLE exemplars; --", null, 1)).resolves.toBeTruthy()
    expect((await payload.count({ collection: 'exemplars', overrideAccess: true })).totalDocs).toBeGreaterThan(0)
  })
})

describe('inverted index', () => {
  it('matches whole words only, tone- and case-insensitively both ways', async () => {
    await writeEntry({ kind: 'articles', summary: 'Hội nghị ở Dak Lak', title: 'Trần Thanh Bình', url: '/w/1' })
    expect((await searchSite('thanh binh', null, 1)).total).toBe(1)
    expect((await searchSite('THÀNH BÌNH', null, 1)).total).toBe(1)
    // "han" is inside "thanh" but is not a word of it.
    expect((await searchSite('han binh', null, 1)).total).toBe(0)
    // Accent-free text is found from an accented query, and accented text from a plain one.
    expect((await searchSite('Đắk Lắk hội nghị', null, 1)).hits.map((h) => h.url)).toEqual(['/w/1'])
    expect((await searchSite('tran thanh binh', null, 1)).total).toBe(1)
  })

  it('needs every term somewhere in the entry', async () => {
    await writeEntry({ body: 'rừng ngập mặn', kind: 'articles', title: 'Bảo vệ bờ biển', url: '/w/2' })
    expect((await searchSite('bo bien ngap man', null, 1)).total).toBe(1)
    expect((await searchSite('bo bien sa mac', null, 1)).total).toBe(0)
  })

  it('ranks title above summary above body, and a phrase in the title first', async () => {
    await writeEntry({ body: 'mùa xuân trên bản làng', kind: 'articles', title: 'Thân bài', url: '/r/body' })
    await writeEntry({ kind: 'articles', summary: 'Bản làng mùa xuân', title: 'Tóm tắt', url: '/r/summary' })
    await writeEntry({ kind: 'articles', title: 'Mùa xuân về, bản làng xa', url: '/r/title' })
    await writeEntry({ kind: 'articles', title: 'Mùa xuân bản làng', url: '/r/phrase' })
    const { hits } = await searchSite('mua xuan ban lang', null, 1)
    expect(hits.map((h) => h.url)).toEqual(['/r/phrase', '/r/title', '/r/summary', '/r/body'])
  })

  it('counts every type, filters by one and pages through the rest', async () => {
    const extra = SEARCH_PAGE_SIZE + 5
    for (let i = 0; i < extra; i++) await writeEntry({ kind: 'documents', title: `Văn bản san hô ${i}`, url: `/d/${i}` })
    await writeEntry({ kind: 'lessons', title: 'Bài học san hô', url: '/l/1' })
    const all = await searchSite('san ho', null, 1)
    expect(all.counts).toEqual({ documents: extra, lessons: 1 })
    const documents = await searchSite('san ho', 'documents', 1)
    expect([documents.total, documents.hits.length]).toEqual([extra, SEARCH_PAGE_SIZE])
    const second = await searchSite('san ho', 'documents', 2)
    expect(second.hits).toHaveLength(5)
    expect(new Set([...documents.hits, ...second.hits].map((h) => h.url)).size).toBe(extra)
  })

  it('searches the English text with locale "en" and the Vietnamese by default', async () => {
    const doc = await payload.create({ collection: 'exemplars', data: { _status: 'published', kind: 'individual', name: 'Nông dân giỏi Hà Giang', stage: 'discovered' }, ...editor })
    await payload.update({ collection: 'exemplars', data: { name: 'Outstanding farmer of Ha Giang' }, id: doc.id, locale: 'en', ...editor })
    expect((await searchSite('outstanding farmer', null, 1, 'en')).hits.map((h) => h.title)).toEqual(['Outstanding farmer of Ha Giang'])
    expect((await searchSite('outstanding farmer', null, 1)).total).toBe(0)
    expect((await searchSite('nong dan gioi', null, 1, 'en')).total).toBe(0)
    // Each locale's write replaces its own keys and keeps the other's.
    expect((await searchSite('nong dan gioi', null, 1)).total).toBe(1)
    await payload.update({ collection: 'exemplars', data: { name: 'Nông dân xuất sắc Hà Giang' }, id: doc.id, ...editor })
    expect((await searchSite('nong dan xuat sac', null, 1)).total).toBe(1)
    expect((await searchSite('nong dan gioi', null, 1)).total).toBe(0)
    expect((await searchSite('outstanding farmer', null, 1, 'en')).total).toBe(1)
  })

  it('indexes entries written before the index existed, once', async () => {
    // The old format: folded text with its punctuation, and no tokens.
    const folded = (vi: string) => ({ vi })
    const source = await payload.create({ collection: 'exemplars', data: { _status: 'draft', kind: 'individual', name: 'Người lái đò', stage: 'discovered' }, draft: true, ...editor })
    await payload.db.create({
      collection: 'search',
      data: {
        bodyFolded: folded('cau chuyen ve nguoi lai do, song hong.'),
        doc: { relationTo: 'exemplars', value: source.id },
        kind: 'exemplars',
        summaryFolded: folded(''),
        title: folded('Người lái đò'),
        titleFolded: folded('nguoi lai do'),
        url: '/cu',
      },
    })
    expect((await searchSite('lai do song hong', null, 1)).total).toBe(0)
    expect(await backfillSearchTokens({ payload })).toBe(1)
    expect((await searchSite('lai do song hong', null, 1)).hits.map((h) => h.url)).toEqual(['/cu'])
    expect(await backfillSearchTokens({ payload })).toBe(0)
  })
})

describe('candidate sources', () => {
  // On PostgreSQL the candidates come from hand-written SQL (sources/postgresSource.ts); it must
  // answer exactly what the Local API answers on the same data. On SQLite both are the Local API.
  const QUERIES: [SearchLocale, string[]][] = [
    ['vi', ['thi', 'dua']],
    ['vi', ['hoa', 'sen']],
    ['vi', ['san', 'ho']],
    ['vi', ['mua', 'xuan', 'ban', 'lang']],
    ['vi', ['dak', 'lak']],
    ['vi', ['khong', 'co', 'dau']],
    ['en', ['outstanding', 'farmer']],
    ['en', ['ha', 'giang']],
  ]

  it('uses SQL of its own on PostgreSQL only', () => {
    expect(postgresAdapterOf(payload) !== null).toBe(onPostgres)
  })

  it("answers every lookup, count and the newest id exactly as the Local API does, in every id window", async () => {
    const latest = await payloadSource(payload, 'vi').latestId()
    expect(typeof latest).toBe(typeof (await candidateSource(payload, 'vi').latestId()))
    expect(await candidateSource(payload, 'vi').latestId()).toEqual(latest)
    const middle = typeof latest === 'number' ? Math.floor(latest / 2) : null
    for (const [locale, [first, ...others]] of QUERIES) {
      const own = candidateSource(payload, locale)
      const api = payloadSource(payload, locale)
      for (const after of [null, middle]) {
        for (const which of ['anywhere', 'title'] as const) {
          const lookup: Lookup = { after, key: `${locale}:${which === 'title' ? 'title:' : ''}${first}`, others, which }
          expect(await own.lookup(lookup), `${locale} ${first} ${which} after ${after}`).toEqual(await api.lookup(lookup))
        }
        expect(await own.count(`${locale}:${first}`, after)).toBe(await api.count(`${locale}:${first}`, after))
      }
    }
  })

  it('gives the same candidates, in the same order, end to end', async () => {
    let found = 0
    for (const [locale, terms] of QUERIES) {
      const own = await findCandidates({ locale, payload, terms })
      expect(own, terms.join(' ')).toEqual(await findCandidates({ locale, payload, source: payloadSource(payload, locale), terms }))
      if (own.length > 0) found++
    }
    // All but the nonsense query ("khong co dau") find something, so the comparison is not of empty lists.
    expect(found).toBe(QUERIES.length - 1)
  })
})

describe('highlight', () => {
  it('marks matches in the original text, tone-insensitively', () => {
    const segments = highlight('Phong trào thi đua ở Đắk Lắk', ['thi', 'dua', 'dak'])
    expect(segments.filter((s) => s.match).map((s) => s.text)).toEqual(['thi đua', 'Đắk'])
    expect(segments.map((s) => s.text).join('')).toBe('Phong trào thi đua ở Đắk Lắk')
  })
})
