import { describe, expect, it } from 'vitest'

import { clusterIssues } from '@/collections/EmulationClusters/hooks/clusterRules'

const members = [{ name: 'Lào Cai' }, { name: 'Sơn La' }, { name: 'Điện Biên' }]
const criteria = [
  { code: 'TC1', maxPoints: 30, name: 'Kinh tế', weight: 2 },
  { code: 'TC2', name: 'Xã hội', weight: 1 },
]
const year = (extra: Record<string, unknown> = {}) => ({ criteria, deputyUnit: 'Sơn La', leadingUnit: 'Lào Cai', results: [{ member: 'Lào Cai', scores: [{ criterion: 'TC1', points: 25 }, { criterion: 'TC2', points: 40 }] }], year: 2025, ...extra })

describe('cluster validation rules', () => {
  it('accepts a well-formed cluster (names and codes compared without case or extra spaces)', () => {
    expect(clusterIssues({ members, years: [year({ leadingUnit: 'lào  cai', results: [{ member: 'SƠN LA', scores: [{ criterion: 'tc1', points: 30 }] }] }), year({ year: 2024 })] })).toEqual([])
    expect(clusterIssues({})).toEqual([])
  })

  it('refuses a year given twice', () => {
    expect(clusterIssues({ members, years: [year(), year()] })).toEqual([{ message: 'Năm 2025 đã có ở năm thi đua thứ 1; mỗi năm chỉ ghi một lần.', path: 'years.1.year' }])
  })

  it('refuses a criterion code used twice in one year (another year may reuse it)', () => {
    const issues = clusterIssues({ members, years: [year({ criteria: [...criteria, { code: ' tc1 ', name: 'Lặp', weight: 1 }] })] })
    expect(issues.map((i) => i.path)).toEqual(['years.0.criteria.2.code'])
    expect(issues[0].message).toContain('Mã tiêu chí “tc1” đã có ở tiêu chí thứ 1')
  })

  it('refuses a result for a unit that is not a member, and a member scored twice in a year', () => {
    const issues = clusterIssues({ members, years: [year({ results: [{ member: 'Hà Giang' }, { member: 'Sơn La' }, { member: 'sơn la' }] })] })
    expect(issues).toEqual([
      { message: 'Đơn vị “Hà Giang” không phải thành viên của cụm, khối này.', path: 'years.0.results.0.member' },
      { message: 'Đơn vị “sơn la” đã được chấm điểm ở dòng kết quả thứ 2 của năm này; mỗi đơn vị chỉ một dòng mỗi năm.', path: 'years.0.results.2.member' },
    ])
  })

  it('refuses a score for a code the year does not have, a criterion scored twice, and points above the maximum', () => {
    const scores = [{ criterion: 'TC3', points: 1 }, { criterion: 'TC1', points: 30.5 }, { criterion: 'TC1', points: 2 }, { criterion: 'TC2', points: 1000 }]
    const issues = clusterIssues({ members, years: [year({ results: [{ member: 'Lào Cai', scores }] })] })
    expect(issues).toEqual([
      { message: 'Mã tiêu chí “TC3” không có trong bộ tiêu chí của năm này.', path: 'years.0.results.0.scores.0.criterion' },
      { message: 'Điểm 30,5 vượt điểm tối đa 30 của tiêu chí “TC1”.', path: 'years.0.results.0.scores.1.points' },
      { message: 'Tiêu chí “TC1” đã được chấm ở trên trong cùng dòng kết quả.', path: 'years.0.results.0.scores.2.criterion' },
    ])
  })

  it('refuses a leading or deputy unit that is not a member', () => {
    expect(clusterIssues({ members, years: [year({ deputyUnit: 'Yên Bái', leadingUnit: 'Hà Giang' })] }).map((i) => [i.path, i.message])).toEqual([
      ['years.0.leadingUnit', 'Đơn vị trưởng “Hà Giang” không có trong danh sách đơn vị thành viên.'],
      ['years.0.deputyUnit', 'Đơn vị phó “Yên Bái” không có trong danh sách đơn vị thành viên.'],
    ])
  })

  it('refuses a member listed twice', () => {
    expect(clusterIssues({ members: [...members, { name: 'Lào  Cai' }] }).map((i) => i.path)).toEqual(['members.3.name'])
  })
})
