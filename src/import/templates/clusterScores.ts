import type { CellObject } from 'write-excel-file/node'

import { codeKey, nameKey } from '@/clusters/keys'
import { clusterScoreColumns, EXAMPLE_CRITERIA } from '@/import/columns/clusterScores'
import { templateSheetName } from '@/import/columns'
import type { ClusterTarget, StoredYear } from '@/import/engine/clusterScores/lookups'
import { decimalComma } from '@/lib/text/decimalComma'
import { bold, type ColumnNote, templateWorkbook, text } from './workbook'

const num = (value: null | number | undefined): CellObject | null => (typeof value === 'number' ? { type: Number, value } : null)

const [clusterColumn, yearColumn, memberColumn, adjustmentColumn] = clusterScoreColumns

/** Criterion columns: the chosen year's codes, or two example codes. */
type CriterionColumn = { code: string; note: string }

const NOTES = [
  `Điền dữ liệu vào trang “${templateSheetName('clusterScores')}”, mỗi đơn vị thành viên một dòng cho mỗi năm; nhập lại một đơn vị thì dòng điểm cũ của đơn vị đó trong năm được thay bằng dòng mới.`,
  'Cụm, khối và năm phải có sẵn trên cổng, năm đó đã có bộ tiêu chí; mỗi cột điểm mang đúng mã tiêu chí (có thể ghi thêm tên sau mã).',
  'Điểm là số không âm (ví dụ 18 hoặc 27,5) và không vượt điểm tối đa của tiêu chí; để trống ô nếu tiêu chí chưa chấm. Điểm trừ ghi số âm ở cột “Điểm cộng/trừ”.',
  'Tổng điểm = Σ điểm × hệ số + điểm cộng/trừ, do cổng tự tính; cột STT, Tổng điểm, Xếp hạng, Ghi chú nếu có được bỏ qua.',
  'Lưu dạng Excel (.xlsx), hoặc CSV với lựa chọn “CSV UTF-8 (phân cách bằng dấu phẩy)”; không đặt mật khẩu cho tệp.',
]

/** The notes sheet's lines: the fixed columns, then each criterion column. */
const columnNotes = (criteria: CriterionColumn[]): ColumnNote[] => [
  ...[clusterColumn, yearColumn, memberColumn].map((c) => ({ header: c.header, note: c.note, required: true })),
  ...criteria.map((c) => ({ header: c.code, note: c.note, required: false })),
  { header: adjustmentColumn.header, note: adjustmentColumn.note, required: false },
]

const workbook = ({ criteria, rows }: { criteria: CriterionColumn[]; rows: (CellObject | null)[][] }): Promise<Buffer> => {
  const header = [clusterColumn.header, yearColumn.header, memberColumn.header, ...criteria.map((c) => c.code), adjustmentColumn.header].map(bold)
  return templateWorkbook({ columns: columnNotes(criteria), data: [header, ...rows], general: NOTES, kind: 'clusterScores', widths: [36, 8, 30, ...criteria.map(() => 10), 14] })
}

/** Any cluster: the fixed columns, two example criterion columns and one example row. */
export const genericClusterScoresTemplate = (): Promise<Buffer> =>
  workbook({
    criteria: EXAMPLE_CRITERIA,
    rows: [[text(String(clusterColumn.example)), num(Number(yearColumn.example)), text(String(memberColumn.example)), ...EXAMPLE_CRITERIA.map((c) => num(c.example)), num(Number(adjustmentColumn.example))]],
  })

/**
 * One cluster's year: a row per member (its points already recorded, if
 * any, so the file can be corrected and sent back) and a column per criterion.
 */
export const clusterYearTemplate = ({ cluster, entry }: { cluster: ClusterTarget; entry: StoredYear }): Promise<Buffer> => {
  const criteria = (entry.criteria ?? []).map((c) => ({
    code: c.code,
    note: `${c.name} (hệ số ${decimalComma(c.weight ?? 1)}${typeof c.maxPoints === 'number' ? `, tối đa ${decimalComma(c.maxPoints)} điểm` : ''}).`,
  }))
  const rows = cluster.members.map((member) => {
    const result = (entry.results ?? []).find((r) => nameKey(r.member) === nameKey(member))
    const points = (code: string) => result?.scores?.find((s) => codeKey(s.criterion) === codeKey(code))?.points
    return [text(cluster.name), num(entry.year), text(member), ...criteria.map((c) => num(points(c.code))), num(result ? (result.adjustment ?? 0) : null)]
  })
  return workbook({ criteria, rows })
}
