import { codeKey, nameKey } from '@/clusters/keys'
import { decimalComma } from '@/lib/text/decimalComma'

/** A problem with one field of the cluster, as Payload reports it: the field's path and a Vietnamese message. */
export type ClusterIssue = { message: string; path: string }

type Row = Record<string, unknown>
export type ClusterData = { members?: unknown; years?: unknown }

const rows = (value: unknown): Row[] => (Array.isArray(value) ? value.filter((r): r is Row => Boolean(r) && typeof r === 'object') : [])
const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '')
const number = (value: unknown): null | number => (typeof value === 'number' && Number.isFinite(value) ? value : typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)) ? Number(value) : null)

/**
 * The rules scores must keep so a ranking means something (plan III.3): one
 * entry per year, one criterion per code, only members scored, only the
 * year's criteria, no points above the maximum, one score row per member,
 * and a leading and deputy unit taken from the members. Empty values are
 * left to the fields' own `required` checks.
 */
export const clusterIssues = (data: ClusterData): ClusterIssue[] => {
  const issues: ClusterIssue[] = []
  const members = new Map<string, number>()
  rows(data.members).forEach((member, m) => {
    const key = nameKey(text(member.name))
    if (!key) return
    if (members.has(key)) issues.push({ message: `Đơn vị “${text(member.name)}” đã có ở thành viên thứ ${(members.get(key) as number) + 1}; mỗi đơn vị chỉ ghi một lần.`, path: `members.${m}.name` })
    else members.set(key, m)
  })
  const isMember = (name: string) => members.has(nameKey(name))
  const years = new Map<number, number>()
  rows(data.years).forEach((entry, y) => {
    const at = `years.${y}`
    const year = number(entry.year)
    if (year !== null) {
      if (years.has(year)) issues.push({ message: `Năm ${year} đã có ở năm thi đua thứ ${(years.get(year) as number) + 1}; mỗi năm chỉ ghi một lần.`, path: `${at}.year` })
      else years.set(year, y)
    }
    for (const field of ['leadingUnit', 'deputyUnit'] as const) {
      const unit = text(entry[field])
      const role = field === 'leadingUnit' ? 'Đơn vị trưởng' : 'Đơn vị phó'
      if (unit && !isMember(unit)) issues.push({ message: `${role} “${unit}” không có trong danh sách đơn vị thành viên.`, path: `${at}.${field}` })
    }
    const criteria = new Map<string, { index: number; maxPoints: null | number }>()
    rows(entry.criteria).forEach((criterion, c) => {
      const code = text(criterion.code)
      if (!code) return
      const key = codeKey(code)
      if (criteria.has(key)) issues.push({ message: `Mã tiêu chí “${code}” đã có ở tiêu chí thứ ${(criteria.get(key)?.index as number) + 1} của năm này; mỗi mã chỉ dùng một lần.`, path: `${at}.criteria.${c}.code` })
      else criteria.set(key, { index: c, maxPoints: number(criterion.maxPoints) })
    })
    const scored = new Map<string, number>()
    rows(entry.results).forEach((result, r) => {
      const rAt = `${at}.results.${r}`
      const member = text(result.member)
      if (member) {
        const key = nameKey(member)
        if (!isMember(member)) issues.push({ message: `Đơn vị “${member}” không phải thành viên của cụm, khối này.`, path: `${rAt}.member` })
        else if (scored.has(key)) issues.push({ message: `Đơn vị “${member}” đã được chấm điểm ở dòng kết quả thứ ${(scored.get(key) as number) + 1} của năm này; mỗi đơn vị chỉ một dòng mỗi năm.`, path: `${rAt}.member` })
        else scored.set(key, r)
      }
      const codes = new Set<string>()
      rows(result.scores).forEach((score, s) => {
        const sAt = `${rAt}.scores.${s}`
        const code = text(score.criterion)
        if (!code) return
        const criterion = criteria.get(codeKey(code))
        if (!criterion) {
          issues.push({ message: `Mã tiêu chí “${code}” không có trong bộ tiêu chí của năm này.`, path: `${sAt}.criterion` })
          return
        }
        if (codes.has(codeKey(code))) issues.push({ message: `Tiêu chí “${code}” đã được chấm ở trên trong cùng dòng kết quả.`, path: `${sAt}.criterion` })
        codes.add(codeKey(code))
        const points = number(score.points)
        if (points !== null && criterion.maxPoints !== null && points > criterion.maxPoints) {
          issues.push({ message: `Điểm ${decimalComma(points)} vượt điểm tối đa ${decimalComma(criterion.maxPoints)} của tiêu chí “${code}”.`, path: `${sAt}.points` })
        }
      })
    })
  })
  return issues
}
