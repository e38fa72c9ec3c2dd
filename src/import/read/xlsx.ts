import ExcelJS from 'exceljs'

import { ImportFileError } from '@/import/types'
import type { Cell, FormulaCell } from '@/import/types'

import type { RawRow, RawSheet } from './table'

/**
 * The sheets of an .xlsx as rows of typed cells, numbered as Excel numbers
 * them. A cell merged down a column (one decision over many recipients)
 * repeats its value on every row it covers; a cell merged across columns (a
 * title, a grouped header) counts once, in its first column, so it neither
 * fills nor duplicates the columns beside it.
 */
type Scalar = FormulaCell['result']

/** The calendar day the cell shows, as UTC midnight: the time of day and the server's time zone play no part. */
const calendarDay = (date: Date): Date => new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()))

const hasKey = <K extends string>(value: object, key: K): value is Record<K, unknown> => key in value

/** Any ExcelJS value reduced to a plain one: rich text flattened, links to their text, errors to their code. */
const plain = (value: unknown): Scalar => {
  if (value === null || value === undefined) return null
  if (typeof value === 'string') return value.trim()
  if (typeof value === 'number' || typeof value === 'boolean') return value
  if (value instanceof Date) return calendarDay(value)
  if (typeof value !== 'object') return null
  if (hasKey(value, 'richText') && Array.isArray(value.richText)) return value.richText.map((run: { text?: string }) => run.text ?? '').join('').trim()
  if (hasKey(value, 'error')) return String(value.error)
  if (hasKey(value, 'text')) return plain(value.text)
  return null
}

const cellOf = (cell: ExcelJS.Cell): Cell | undefined => {
  const value = cell.value
  if (value && typeof value === 'object' && (hasKey(value, 'formula') || hasKey(value, 'sharedFormula'))) {
    return { formula: cell.formula ?? String(value.formula ?? ''), result: plain(hasKey(value, 'result') ? value.result : null) }
  }
  const result = plain(value)
  return result === null || result === '' ? undefined : result
}

const rowsOf = (sheet: ExcelJS.Worksheet): RawRow[] => {
  const rows: RawRow[] = []
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: (Cell | undefined)[] = []
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      const mergedInto = cell.type === ExcelJS.ValueType.Merge ? cell.master : null
      if (mergedInto && mergedInto.col !== cell.col) return
      cells[column - 1] = cellOf(mergedInto ?? cell)
    })
    if (cells.some((c) => c !== undefined)) rows.push({ cells, rowNumber })
  })
  return rows
}

/** Visible sheets first: a hidden sheet is a lookup list more often than the data. */
export const workbookSheets = async (bytes: Uint8Array): Promise<RawSheet[]> => {
  const workbook = new ExcelJS.Workbook()
  try {
    // ExcelJS's types ask for its own Buffer type; a Node Buffer over the same memory is what it reads.
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer)
  } catch {
    throw new ImportFileError('notSpreadsheet', 'Bảng tính .xlsx bị hỏng, không đọc được. Hãy mở tệp bằng Excel, lưu lại dưới dạng “Sổ làm việc Excel (.xlsx)” rồi tải lại.')
  }
  const sheets = workbook.worksheets.map((sheet) => ({ hidden: sheet.state !== 'visible', name: sheet.name, rows: rowsOf(sheet) }))
  return [...sheets.filter((s) => !s.hidden), ...sheets.filter((s) => s.hidden)].map(({ name, rows }) => ({ name, rows }))
}
