import type { CheckResult } from '../engine/run'
import type { RowIssue } from '../types'

const SHOWN = 50

const line = (issue: RowIssue) => `  dòng ${issue.row}${issue.column ? `, cột "${issue.column}"` : ''}: ${issue.message}`

/** The check as the terminal prints it: rejected rows first (the first 50), then notes and ignored columns. */
export const checkReport = ({ plan, read }: CheckResult): string[] => {
  const out = [`[import] Trang tính "${read.sheet}": ${plan.rows} dòng dữ liệu, ${plan.records.length} bản ghi hợp lệ.`]
  if (read.ignoredColumns.length) out.push(`[import] Bỏ qua các cột không dùng: ${read.ignoredColumns.map((c) => `"${c}"`).join(', ')}.`)
  if (plan.issues.length) {
    out.push(`[import] ${plan.issues.length} lỗi ở ${new Set(plan.issues.map((i) => i.row)).size} dòng:`)
    out.push(...plan.issues.slice(0, SHOWN).map(line))
    if (plan.issues.length > SHOWN) out.push(`  … và ${plan.issues.length - SHOWN} lỗi khác (chạy với --dry-run sau khi sửa để xem tiếp).`)
  }
  if (plan.warnings.length) {
    out.push(`[import] ${plan.warnings.length} lưu ý:`)
    out.push(...plan.warnings.slice(0, SHOWN).map(line))
  }
  return out
}
