import type { Cell } from '@/import/types'
import { failed, formulaText, isFormula, matched, type Match, showCell } from './result'

const NUMBER = /^[+-]?\d+(?:[.,]\d+)?$/

/**
 * Points or a bonus/penalty: a number cell, or text like "8,5", "8.5",
 * "-2" (a typographic minus "−2" too). A formula counts by its result, as
 * a year does: scores are often summed in the sheet. Whether a negative
 * value is allowed is the caller's rule.
 */
export const matchPoints = (cell: Cell): Match<number> => {
  if (isFormula(cell)) {
    if (cell.result === null) return failed(`Ô chứa công thức ${formulaText(cell)} không có kết quả; hãy dán giá trị (Paste Special → Values).`)
    return matchPoints(cell.result)
  }
  if (typeof cell === 'number') return Number.isFinite(cell) ? matched(cell) : failed(`Không đọc được điểm "${showCell(cell)}".`)
  if (typeof cell === 'string') {
    const text = cell.replace(/[\u2212\u2013]/g, '-').replace(/\s+/g, '')
    if (NUMBER.test(text)) return matched(Number(text.replace(',', '.')))
  }
  return failed(`Không đọc được điểm "${showCell(cell)}"; ghi một số, ví dụ 8 hoặc 8,5.`)
}
