import { describe, expect, it } from 'vitest'

import { totalsChart, totalsSummary } from '@/clusters/chart'
import { rankMembers } from '@/clusters/ranking'
import { defaultYear, parseYear, yearsNewestFirst } from '@/clusters/years'

const criteria = [
  { code: 'TC1', weight: 2 },
  { code: 'TC2', weight: 1.5 },
  { code: 'TC3', weight: 1 },
]

describe('a year’s ranking', () => {
  it('totals Σ points × weight + adjustment and ranks by total, highest first', () => {
    const rows = rankMembers({
      criteria,
      members: ['Lào Cai', 'Sơn La', 'Điện Biên'],
      results: [
        { member: 'Lào Cai', scores: [{ criterion: 'TC1', points: 10 }, { criterion: 'TC2', points: 8 }, { criterion: 'TC3', points: 5 }] },
        { adjustment: -2, member: 'Sơn La', scores: [{ criterion: 'TC1', points: 12 }, { criterion: 'TC2', points: 8 }, { criterion: 'TC3', points: 5 }] },
        { adjustment: 1.5, member: 'Điện Biên', scores: [{ criterion: 'TC1', points: 9 }, { criterion: 'TC3', points: 4 }] },
      ],
    })
    expect(rows.map((r) => [r.rank, r.member, r.total])).toEqual([
      [1, 'Sơn La', 39],
      [2, 'Lào Cai', 37],
      [3, 'Điện Biên', 23.5],
    ])
    expect(rows[2].points).toEqual([9, null, 4])
    expect(rows[2].adjustment).toBe(1.5)
  })

  it('gives tied totals the same rank and skips the next (1, 2, 2, 4), tied members by name', () => {
    const score = (points: number) => [{ criterion: 'TC3', points }]
    const rows = rankMembers({
      criteria,
      members: [],
      results: [
        { member: 'Đ', scores: score(5) },
        { member: 'C', scores: score(8) },
        { member: 'B', scores: score(8) },
        { member: 'A', scores: score(9) },
      ],
    })
    expect(rows.map((r) => [r.rank, r.member])).toEqual([
      [1, 'A'],
      [2, 'B'],
      [2, 'C'],
      [4, 'Đ'],
    ])
  })

  it('does not let floating-point sums break a tie (0.1 × 3 = 0.3)', () => {
    const rows = rankMembers({
      criteria: [{ code: 'A', weight: 0.1 }, { code: 'B', weight: 1 }],
      members: [],
      results: [
        { member: 'X', scores: [{ criterion: 'A', points: 3 }] },
        { member: 'Y', scores: [{ criterion: 'B', points: 0.3 }] },
      ],
    })
    expect(rows.map((r) => r.rank)).toEqual([1, 1])
  })

  it('lists members with no scores last, unranked; scores for unknown codes count for nothing; codes match without case', () => {
    const rows = rankMembers({
      criteria,
      members: ['Lai Châu', 'Cao Bằng', 'Lạng Sơn'],
      results: [
        { member: 'Cao Bằng', scores: [{ criterion: 'tc1', points: 5 }, { criterion: 'TC9', points: 100 }] },
        { adjustment: 3, member: 'Lạng Sơn', scores: [] },
      ],
    })
    expect(rows.map((r) => [r.rank, r.member, r.total])).toEqual([
      [1, 'Cao Bằng', 10],
      [null, 'Lạng Sơn', null],
      [null, 'Lai Châu', null],
    ])
  })

  it('a weight left empty counts as 1', () => {
    const rows = rankMembers({ criteria: [{ code: 'TC1', weight: null }], members: [], results: [{ member: 'A', scores: [{ criterion: 'TC1', points: 7 }] }] })
    expect(rows[0].total).toBe(7)
  })
})

describe('the totals chart and its sentence', () => {
  const rows = rankMembers({
    criteria: [{ code: 'TC1', weight: 1 }],
    members: ['A', 'B', 'C', 'D'],
    results: [
      { member: 'A', scores: [{ criterion: 'TC1', points: 95.5 }] },
      { member: 'B', scores: [{ criterion: 'TC1', points: 90 }] },
      { adjustment: -80, member: 'C', scores: [{ criterion: 'TC1', points: 70 }] },
    ],
  })

  it('draws one bar per ranked member, highest first, never below zero', () => {
    const chart = totalsChart({ locale: 'vi', rows, year: 2025 })
    expect(chart.rows).toEqual([
      { cells: [95.5], label: 'A' },
      { cells: [90], label: 'B' },
      { cells: [0], label: 'C' },
    ])
    expect(chart.title).toBe('Tổng điểm năm 2025')
  })

  it('says who leads, who is last and how many were scored, in each language', () => {
    expect(totalsSummary({ locale: 'vi', rows })).toBe('A dẫn đầu với 95,5 điểm; C thấp nhất với -10 điểm; 3/4 đơn vị đã được chấm điểm.')
    expect(totalsSummary({ locale: 'en', rows })).toBe('A leads with 95.5 points; C is last with -10 points; 3 of 4 units scored.')
    const tied = rankMembers({ criteria: [{ code: 'T', weight: 1 }], members: [], results: ['X', 'Y'].map((member) => ({ member, scores: [{ criterion: 'T', points: 5 }] })) })
    expect(totalsSummary({ locale: 'vi', rows: tied })).toBe('X, Y cùng dẫn đầu với 5 điểm; 2/2 đơn vị đã được chấm điểm.')
    expect(totalsSummary({ locale: 'vi', rows: rankMembers({ criteria: [], members: ['X'], results: [] }) })).toBe('Năm này chưa có kết quả chấm điểm.')
  })
})

describe('years in URLs and on the page', () => {
  it('accepts four digits only', () => {
    expect(parseYear('2025')).toBe(2025)
    for (const bad of ['abc', '2025abc', '202', '20255', ' 2025', '-2025', '2025.0']) expect(parseYear(bad)).toBeNull()
  })

  it('shows the latest year with scores by default, else the latest year', () => {
    const years = [
      { results: [{ scores: [{}] }], year: 2023 },
      { results: [{ scores: [{}] }], year: 2024 },
      { results: [], year: 2025 },
    ]
    expect(defaultYear(years)?.year).toBe(2024)
    expect(defaultYear([{ year: 2023 }, { year: 2026 }])?.year).toBe(2026)
    expect(defaultYear([])).toBeUndefined()
    expect(yearsNewestFirst(years).map((y) => y.year)).toEqual([2025, 2024, 2023])
  })
})
