import type { Payload } from 'payload'
import { beforeAll, describe, expect, it, vi } from 'vitest'

import { highlight } from '../../src/lib/highlight'
import { searchTerms } from '../../src/search/terms'
import { getTestPayload } from '../helpers/payload'

// The site's search reads through Next's data cache; outside Next it must
// simply run the query, so the cache wrapper is made transparent here.
vi.mock('next/cache', () => ({ revalidateTag: () => undefined, unstable_cache: <T>(fn: T) => fn }))

let payload: Payload
let searchSite: typeof import('../../src/lib/queries/search').searchSite

const editor = { overrideAccess: true } as const

beforeAll(async () => {
  payload = await getTestPayload()
  ;({ searchSite } = await import('../../src/lib/queries/search'))
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
    // Written straight through the adapter (fast); localized fields take a { locale: value } map there.
    const vi = (text: string) => ({ vi: text })
    for (let i = 0; i < 320; i++) {
      await payload.db.create({ collection: 'search', data: { bodyFolded: vi('ao dai hoa sen trong dam'), kind: 'articles', title: vi(`Bài số ${i}`), titleFolded: vi(`bai so ${i}`), url: `/x/${i}` } })
    }
    await payload.db.create({ collection: 'search', data: { bodyFolded: vi(''), kind: 'exemplars', title: vi('Hoa sen vàng'), titleFolded: vi('hoa sen vang'), url: '/guong-dien-hinh/hoa-sen-vang' } })
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

describe('highlight', () => {
  it('marks matches in the original text, tone-insensitively', () => {
    const segments = highlight('Phong trào thi đua ở Đắk Lắk', ['thi', 'dua', 'dak'])
    expect(segments.filter((s) => s.match).map((s) => s.text)).toEqual(['thi đua', 'Đắk'])
    expect(segments.map((s) => s.text).join('')).toBe('Phong trào thi đua ở Đắk Lắk')
  })
})
