import type { Cell, ColumnSpec, RowIssue, SourceRow } from '@/import/types'
import { nameKey } from '@/clusters/keys'
import { matchPoints } from '@/import/match/points'
import { foldName } from '../lookups'
import type { Plan, RecordPlan } from '../plan'
import { rowReader } from '../rowReader'
import { codeList, columnMeaning, list } from './columns'
import { type ClusterLookups, type ClusterTarget, findCluster, type StoredYear } from './lookups'
import { mergeScores, type ScoreRow } from './merge'
import { decimalComma } from '@/lib/text/decimalComma'


/** The member a cell names, by its exact name first, then without tones ("Lao Cai" is "Lào Cai"). */
const findMember = ({ cluster, text }: { cluster: ClusterTarget; text: string }): string | { error: string } => {
  const exact = cluster.members.find((m) => nameKey(m) === nameKey(text))
  if (exact) return exact
  const folded = cluster.members.filter((m) => foldName(m) === foldName(text))
  if (folded.length === 1) return folded[0]
  return { error: `Đơn vị “${text}” không phải thành viên của ${cluster.name}; các thành viên: ${list(cluster.members)}.` }
}

/**
 * Score rows for the clusters' years: each row names a cluster, a year that
 * cluster already has with its criteria, one of its members and points under
 * criterion-code columns. Every bad cell is reported with its row; the good
 * rows of each cluster become one update of that cluster (./merge).
 */
export const planClusterScores = ({ columns, lookups, rows }: { columns: ColumnSpec[]; lookups: ClusterLookups; rows: SourceRow[] }): { plan: Plan; usedColumns: Set<string> } => {
  const issues: RowIssue[] = []
  const usedColumns = new Set<string>()
  const seen = new Map<string, number>()
  const accepted = new Map<string, { cluster: ClusterTarget; rows: ScoreRow[] }>()
  for (const row of rows) {
    const before = issues.length
    const r = rowReader({ columns, issues, row })
    const clusterText = r.text('cluster', { max: 300, required: true })
    const year = r.year('year', true)
    const memberText = r.text('member', { max: 300, required: true })
    const adjustment = r.points('adjustment')
    const cluster = clusterText === undefined ? undefined : findCluster({ lookups, text: clusterText })
    if (typeof cluster === 'string') r.fail('cluster', cluster)
    if (!cluster || typeof cluster === 'string' || year === undefined) continue
    const entry: StoredYear | undefined = cluster.years.find((y) => y.year === year)
    if (!entry) {
      r.fail('year', `${cluster.name} chưa có năm ${year}; hãy thêm năm này cùng bộ tiêu chí chấm điểm trong trang quản trị trước khi nhập điểm.`)
      continue
    }
    const criteria = entry.criteria ?? []
    if (criteria.length === 0) {
      r.fail('year', `Năm ${year} của ${cluster.name} chưa có tiêu chí chấm điểm; hãy nhập bộ tiêu chí trong trang quản trị trước.`)
      continue
    }
    const member = memberText === undefined ? undefined : findMember({ cluster, text: memberText })
    if (member && typeof member === 'object') r.fail('member', member.error)
    const scores = new Map<string, { column: string; points: number }>()
    for (const [header, cell] of Object.entries(row.others ?? {}) as [string, Cell][]) {
      if (typeof cell === 'string' && cell.trim() === '') continue
      const meaning = columnMeaning({ criteria, header })
      if ('ignored' in meaning) continue
      if ('unknown' in meaning) {
        issues.push({ column: header, message: `Cột “${header}” không phải mã tiêu chí nào của năm ${year} (các mã: ${codeList(criteria)}); đổi tên cột cho đúng mã tiêu chí hoặc xóa cột.`, row: row.rowNumber })
        continue
      }
      const { code, maxPoints } = meaning.criterion
      usedColumns.add(header)
      const points = matchPoints(cell)
      if (!points.ok) issues.push({ column: header, message: points.message, row: row.rowNumber })
      else if (points.value < 0) issues.push({ column: header, message: `Điểm ${decimalComma(points.value)} là số âm; điểm tiêu chí không được âm (điểm trừ ghi ở cột “Điểm cộng/trừ”).`, row: row.rowNumber })
      else if (typeof maxPoints === 'number' && points.value > maxPoints) issues.push({ column: header, message: `Điểm ${decimalComma(points.value)} vượt điểm tối đa ${decimalComma(maxPoints)} của tiêu chí ${code}.`, row: row.rowNumber })
      else if (scores.has(code)) issues.push({ column: header, message: `Cột “${scores.get(code)?.column}” và cột “${header}” cùng là tiêu chí ${code}; giữ một cột.`, row: row.rowNumber })
      else scores.set(code, { column: header, points: points.value })
    }
    if (issues.length > before || typeof member !== 'string') continue
    if (scores.size === 0) {
      issues.push({ message: `Dòng chưa có điểm tiêu chí nào; ghi điểm vào các cột mã tiêu chí của năm ${year}: ${codeList(criteria)}.`, row: row.rowNumber })
      continue
    }
    const key = `${cluster.id}|${year}|${nameKey(member)}`
    const twin = seen.get(key)
    if (twin !== undefined) {
      r.fail('member', `Trùng với dòng ${twin} (cùng cụm, khối, năm và đơn vị); mỗi đơn vị một dòng mỗi năm.`)
      continue
    }
    seen.set(key, row.rowNumber)
    const group = accepted.get(String(cluster.id)) ?? { cluster, rows: [] }
    group.rows.push({ adjustment: adjustment ?? 0, member, row: row.rowNumber, scores: criteria.flatMap((c) => (scores.has(c.code) ? [{ criterion: c.code, points: scores.get(c.code)?.points as number }] : [])), year })
    accepted.set(String(cluster.id), group)
  }
  const records: RecordPlan[] = [...accepted.values()].map(({ cluster, rows: scoreRows }) => ({
    data: { years: mergeScores({ rows: scoreRows, years: cluster.years }) },
    id: cluster.id,
    key: `emulation-clusters:${cluster.id}`,
    label: `${cluster.name} (${[...new Set(scoreRows.map((s) => s.year))].sort().join(', ')}: ${scoreRows.length} đơn vị)`,
    rows: scoreRows.map((s) => s.row),
  }))
  return { plan: { issues: issues.sort((a, b) => a.row - b.row), records, rows: rows.length, warnings: [] }, usedColumns }
}
