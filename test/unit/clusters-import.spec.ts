import { describe, expect, it } from 'vitest'

import { parseArgs } from '@/import/cli/args'
import { columnMeaning } from '@/import/engine/clusterScores/columns'
import { mergeScores } from '@/import/engine/clusterScores/merge'
import { matchPoints } from '@/import/match/points'
import { readSpreadsheet } from '@/import/read'
import { genericClusterScoresTemplate } from '@/import/templates/clusterScores'
import { xlsxBytes } from '../helpers/spreadsheetBytes'

describe('points in a score sheet', () => {
  it('reads numbers, decimal commas and points, signs and a typographic minus; a formula by its result', () => {
    const read = (cell: Parameters<typeof matchPoints>[0]) => matchPoints(cell)
    expect(read(8)).toEqual({ ok: true, value: 8 })
    expect(read('27,5')).toEqual({ ok: true, value: 27.5 })
    expect(read(' 27.5 ')).toEqual({ ok: true, value: 27.5 })
    expect(read('−2')).toEqual({ ok: true, value: -2 })
    expect(read('+1')).toEqual({ ok: true, value: 1 })
    expect(read({ formula: 'SUM(A1:A2)', result: 12 })).toEqual({ ok: true, value: 12 })
  })

  it('refuses words, dates, booleans, thousands-looking text and a formula without a result', () => {
    for (const bad of ['tám', '8 điểm', '1.234,5', true, new Date(Date.UTC(2025, 0, 1)), { formula: 'A1', result: null }] as const) {
      const result = matchPoints(bad)
      expect(result.ok, String(bad)).toBe(false)
    }
    expect(matchPoints('tám')).toEqual({ message: 'Không đọc được điểm "tám"; ghi một số, ví dụ 8 hoặc 8,5.', ok: false })
  })
})

describe('criterion columns', () => {
  const criteria = [
    { code: 'TC1', name: 'Kinh tế', weight: 2 },
    { code: 'TC10', name: 'Khác', weight: 1 },
    { code: '1.2', name: 'Mục 1.2', weight: 1 },
  ]
  const meaning = (header: string) => {
    const m = columnMeaning({ criteria, header })
    return 'criterion' in m ? m.criterion.code : Object.keys(m)[0]
  }

  it('matches a header to its code, with or without a name after it, longest code first', () => {
    expect(meaning('TC1')).toBe('TC1')
    expect(meaning('tc 1')).toBe('unknown')
    expect(meaning('TC1 - Phát triển kinh tế')).toBe('TC1')
    expect(meaning('TC10 (15 điểm)')).toBe('TC10')
    expect(meaning('1.2')).toBe('1.2')
  })

  it('skips numbering, totals, ranks and notes; anything else is a column the year has no criterion for', () => {
    for (const header of ['STT', 'Tổng điểm', 'Xếp hạng', 'Ghi chú']) expect(meaning(header)).toBe('ignored')
    expect(meaning('TC9')).toBe('unknown')
  })
})

describe('reading a score sheet', () => {
  it('keeps the cells of criterion columns by header; the other kinds do not', async () => {
    const bytes = await xlsxBytes([{ name: 'Điểm', rows: [['STT', 'Cụm/khối', 'Năm', 'Đơn vị', 'TC1', 'TC2', 'TC1', 'Điểm cộng/trừ'], [1, 'Cụm A', 2025, 'Lào Cai', 25, '17,5', 3, -1]] }])
    const read = await readSpreadsheet({ bytes, filename: 'diem.xlsx', kind: 'clusterScores' })
    expect(read.rows).toEqual([{ others: { STT: 1, TC1: 25, 'TC1 (2)': 3, TC2: '17,5' }, rowNumber: 2, values: { adjustment: -1, cluster: 'Cụm A', member: 'Lào Cai', year: 2025 } }])
  })

  it('the generic template reads back as its example row', async () => {
    const read = await readSpreadsheet({ bytes: new Uint8Array(await genericClusterScoresTemplate()), filename: 'mau.xlsx', kind: 'clusterScores' })
    expect(read.sheet).toBe('Điểm thi đua')
    expect(read.rows).toHaveLength(1)
    expect(Object.keys(read.rows[0].others ?? {})).toEqual(['TC1', 'TC2'])
  })
})

describe('merging imported scores into the cluster', () => {
  it('replaces a member’s row (keeping its id), adds a new one, and leaves other years and rows untouched', () => {
    const years = [
      { criteria: [], id: 'y1', results: [{ adjustment: 2, id: 'r1', member: 'Lào Cai', scores: [{ criterion: 'TC1', id: 's1', points: 1 }] }, { id: 'r2', member: 'Sơn La', scores: [] }], year: 2025 },
      { id: 'y0', results: [{ id: 'r0', member: 'Lào Cai' }], year: 2024 },
    ]
    const merged = mergeScores({ rows: [{ adjustment: 0, member: 'Lào Cai', row: 2, scores: [{ criterion: 'TC1', points: 9 }], year: 2025 }, { adjustment: -1, member: 'Điện Biên', row: 3, scores: [{ criterion: 'TC1', points: 7 }], year: 2025 }], years })
    expect(merged[0].results).toEqual([
      { adjustment: 0, id: 'r1', member: 'Lào Cai', scores: [{ criterion: 'TC1', points: 9 }] },
      { id: 'r2', member: 'Sơn La', scores: [] },
      { adjustment: -1, member: 'Điện Biên', scores: [{ criterion: 'TC1', points: 7 }] },
    ])
    expect(merged[1]).toBe(years[1])
  })
})

describe('the command line', () => {
  it('takes a cluster’s template with --cluster and --year, and refuses them elsewhere', () => {
    expect(parseArgs(['template', 'clusterScores', 'mau.xlsx', '--cluster=cum-a', '--year=2025'])).toEqual({ cluster: 'cum-a', kind: 'clusterScores', mode: 'template', out: 'mau.xlsx', year: 2025 })
    expect(parseArgs(['template', 'clusterScores', '--cluster=cum-a', '--year=2025'])).toMatchObject({ out: 'mau-diem-cum-a-2025.xlsx' })
    expect(parseArgs(['template', 'clusterScores'])).toEqual({ kind: 'clusterScores', mode: 'template', out: 'mau-nhap-clusterScores.xlsx' })
    expect(parseArgs(['template', 'clusterScores', '--cluster=cum-a'])).toMatch(/cần cả/)
    expect(parseArgs(['template', 'clusterScores', '--cluster=cum-a', '--year=25'])).toMatch(/không hợp lệ/)
    expect(parseArgs(['template', 'awards', '--cluster=cum-a', '--year=2025'])).toMatch(/chỉ dùng với tệp mẫu clusterScores/)
    expect(parseArgs(['clusterScores', 'diem.xlsx', '--year=2025'])).toMatch(/chỉ dùng khi tải tệp mẫu/)
    expect(parseArgs(['clusterScores', 'diem.xlsx', '--publish'])).toMatchObject({ kind: 'clusterScores', mode: 'file', publish: true })
  })
})
