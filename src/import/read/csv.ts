import { CsvError, parse } from 'csv-parse/sync'

import { ImportFileError } from '@/import/types'

import type { RawSheet } from './table'

/** Excel writes "," in most locales and ";" where "," is the decimal mark (vi-VN); "Unicode text" uses tabs. */
const DELIMITERS = [',', ';', '\t'] as const
const SEP_LINE = /^sep=(.)\r?\n/i
/** Title lines may sit above the header, so look at a few lines, not only the first. */
const LINES_TO_SCAN = 10

/** How often `delimiter` occurs outside quotes on a line (a quoted "Hà Nội, Việt Nam" does not count). */
const countOutsideQuotes = ({ line, delimiter }: { line: string; delimiter: string }): number => {
  let quoted = false
  let count = 0
  for (const ch of line) {
    if (ch === '"') quoted = !quoted
    else if (ch === delimiter && !quoted) count++
  }
  return count
}

/** The delimiter that splits some early line into the most fields; comma on a tie or when none occurs. */
export const detectDelimiter = (text: string): string => {
  const lines = text.split(/\r\n|\n|\r/, LINES_TO_SCAN)
  let best: { delimiter: string; count: number } = { count: 0, delimiter: ',' }
  for (const delimiter of DELIMITERS) {
    const count = Math.max(0, ...lines.map((line) => countOutsideQuotes({ delimiter, line })))
    if (count > best.count) best = { count, delimiter }
  }
  return best.delimiter
}

/**
 * Records of a CSV text, numbered as Excel shows them when it opens the file:
 * one number per record, blank lines included, a quoted field with line
 * breaks staying on one row. Cells are trimmed; blank ones are left out.
 */
export const csvSheet = ({ text, name }: { text: string; name: string }): RawSheet => {
  // Excel writes and honours a first line "sep=;" and does not show it as a row.
  const hint = SEP_LINE.exec(text)
  const body = hint ? text.slice(hint[0].length) : text
  let records: string[][]
  try {
    records = parse(body, { delimiter: hint?.[1] ?? detectDelimiter(body), relax_column_count: true, relax_quotes: true, skip_empty_lines: false })
  } catch (error) {
    const line = error instanceof CsvError && typeof error.lines === 'number' ? ` (gần dòng ${error.lines})` : ''
    throw new ImportFileError('notSpreadsheet', `Tệp CSV bị hỏng${line}, thường do một dấu ngoặc kép (") mở mà không đóng. Hãy mở tệp bằng Excel, kiểm tra ô đó, lưu lại dạng CSV UTF-8 hoặc .xlsx rồi tải lại.`)
  }
  return {
    name,
    rows: records.map((record, index) => ({
      cells: record.map((value) => value.trim() || undefined),
      rowNumber: index + 1,
    })),
  }
}
