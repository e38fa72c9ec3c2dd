import { describe, expect, it } from 'vitest'

import { canonicalQuery, LISTING_PARAMS, paramsFromKey } from '@/lib/filters/canonical'
import { parseProcedureFilters, procedureFilterParams } from '@/procedures/filters'
import { dossierRows, paragraphsOf, publishedLegalBasis } from '@/procedures/present'
import { extractSearchText } from '@/search/extractText'
import type { Procedure } from '@/payload-types'

describe('procedure listing filters', () => {
  it('read the level from its URL word and ignore anything else', () => {
    expect(parseProcedureFilters({ cap: 'tinh' })).toEqual({ level: 'provincial', page: 1 })
    expect(parseProcedureFilters({ cap: 'xa', trang: '2' })).toEqual({ level: 'commune', page: 2 })
    expect(parseProcedureFilters({ cap: ['trung-uong', 'xa'] }).level).toBe('central')
    for (const bad of ['provincial', '<script>', 'TINH', '', 'constructor', '__proto__']) expect(parseProcedureFilters({ cap: bad, trang: '-4' })).toEqual({ level: undefined, page: 1 })
  })

  it('give equivalent URLs one cached key that parses back to the same filters', () => {
    const keys = LISTING_PARAMS['/thu-tuc']
    const a = canonicalQuery(new URLSearchParams('cap=tinh&utm_source=x&trang=2'), keys)
    expect(a).toBe(canonicalQuery(new URLSearchParams('trang=2&cap=tinh&cap=tinh'), keys))
    expect(parseProcedureFilters(paramsFromKey(encodeURIComponent(a)))).toEqual({ level: 'provincial', page: 2 })
    expect(procedureFilterParams({ level: 'provincial', page: 2 })).toEqual({ cap: 'tinh' })
    expect(procedureFilterParams({ page: 1 })).toEqual({})
  })
})

describe('procedure page helpers', () => {
  it('split a textarea into its non-empty lines', () => {
    expect(paragraphsOf('  Một.\n\nHai.\r\n ')).toEqual(['Một.', 'Hai.'])
    expect(paragraphsOf(null)).toEqual([])
  })

  it('link only populated, published documents with a slug', () => {
    const doc = (id: number, extra: object) => ({ createdAt: '', id, issuedDate: '', number: `${id}/2025`, status: 'inForce', title: 'T', type: 'law', updatedAt: '', ...extra })
    const basis = [7, doc(1, { _status: 'published', slug: 'a' }), doc(2, { _status: 'draft', slug: 'b' }), doc(3, { _status: 'published', slug: '' })] as Procedure['legalBasis']
    expect(publishedLegalBasis(basis).map((d) => d.id)).toEqual([1])
    expect(publishedLegalBasis(null)).toEqual([])
  })

  it('offer a form only when its file is there to download', () => {
    const file = { createdAt: '', filename: 'a.pdf', id: 5, title: 'Mẫu', updatedAt: '', url: '/api/files/file/a.pdf' }
    const rows = dossierRows([{ form: file, id: 'r1', name: 'Tờ trình' }, { form: 9, id: 'r2', name: 'Danh sách' }, { name: 'Giấy tờ khác' }] as Procedure['dossier'])
    expect(rows).toEqual([{ file, key: 'r1', name: 'Tờ trình' }, { file: undefined, key: 'r2', name: 'Danh sách' }, { file: undefined, key: '2', name: 'Giấy tờ khác' }])
  })
})

describe('what the site search reads of a procedure', () => {
  it('weighs the name above code and summary, and the rest (who, steps, dossier) as body', () => {
    const text = extractSearchText('procedures', {
      agency: 'Sở Nội vụ',
      applicants: 'Người mẹ hoặc thân nhân',
      code: '1.234567',
      dossier: [{ name: 'Bản khai của người mẹ' }],
      name: 'Tặng danh hiệu “Bà mẹ Việt Nam anh hùng”',
      steps: [{ detail: 'Ủy ban nhân dân cấp xã xác nhận', title: 'Kê khai tại xã' }],
      summary: 'Danh hiệu vinh dự Nhà nước',
    })
    expect(text.title).toBe('Tặng danh hiệu “Bà mẹ Việt Nam anh hùng”')
    expect(text.summary).toBe('1.234567\nDanh hiệu vinh dự Nhà nước')
    for (const part of ['Người mẹ hoặc thân nhân', 'Kê khai tại xã', 'Ủy ban nhân dân cấp xã xác nhận', 'Bản khai của người mẹ', 'Sở Nội vụ']) expect(text.body).toContain(part)
    expect(extractSearchText('procedures', { name: 'Không mã', summary: 'Tóm tắt' }).summary).toBe('Tóm tắt')
  })
})
