import type { Cell, ColumnSpec, RowIssue, SourceRow } from '../types'
import { matchDate } from '../match/dates'
import type { Match } from '../match/result'
import { matchPoints } from '../match/points'
import { matchFlag, matchText, matchYear } from '../match/values'

/**
 * Reads one row's cells through the matchers. Every problem becomes a row
 * issue naming the row, the column's header and the reason, and the reader
 * carries on, so one pass reports every bad cell of the file at once.
 */
export const rowReader = ({ columns, issues, row }: { columns: ColumnSpec[]; issues: RowIssue[]; row: SourceRow }) => {
  const header = (key: string) => columns.find((c) => c.key === key)?.header ?? key
  const fail = (key: string, message: string) => {
    issues.push({ column: header(key), message, row: row.rowNumber })
  }
  const cell = (key: string): Cell | undefined => {
    const value = row.values[key]
    return value === undefined || (typeof value === 'string' && value.trim() === '') ? undefined : value
  }
  const take = <T>(key: string, required: boolean, match: (value: Cell) => Match<T>): T | undefined => {
    const value = cell(key)
    if (value === undefined) {
      if (required) fail(key, 'Thiếu giá trị bắt buộc.')
      return undefined
    }
    const result = match(value)
    if (result.ok) return result.value
    fail(key, result.message)
    return undefined
  }
  return {
    cell,
    date: (key: string, required = false) => take(key, required, matchDate),
    fail,
    flag: (key: string) => take(key, false, matchFlag) ?? false,
    /** A cell matched by a matcher of its own (province, form, option); text cells only. */
    match: <T>(key: string, required: boolean, match: (text: string) => Match<T>) =>
      take(key, required, (value) => {
        const text = matchText(value)
        return text.ok ? match(text.value) : text
      }),
    /** A number of points (negative allowed: the caller decides). */
    points: (key: string, required = false) => take(key, required, matchPoints),
    row: row.rowNumber,
    text: (key: string, { max, required = false }: { max?: number; required?: boolean } = {}) => take(key, required, (value) => matchText(value, { max })),
    year: (key: string, required = false) => take(key, required, matchYear),
  }
}

export type RowReader = ReturnType<typeof rowReader>
