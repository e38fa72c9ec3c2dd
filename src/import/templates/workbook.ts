import writeXlsxFile from 'write-excel-file/node'
import type { CellObject, SheetData } from 'write-excel-file/node'

import { NOTES_SHEET_NAME, templateSheetName } from '@/import/columns'
import type { ImportKind } from '@/import/types'

/** What every template is made of, so the generic and the per-cluster ones look and read alike. */
export const bold = (value: string): CellObject => ({ fontWeight: 'bold', type: String, value })
export const text = (value: string): CellObject => ({ type: String, value, wrap: true })

/** One line of the notes sheet: a column, whether it is required, how to fill it. */
export type ColumnNote = { header: string; note: string; required: boolean }

/** The "Hướng dẫn" sheet: a line per column, then the general notes. */
const notesSheet = ({ columns, general }: { columns: ColumnNote[]; general: string[] }): SheetData => [
  [bold('Cột'), bold('Bắt buộc'), bold('Cách ghi')],
  ...columns.map((c) => [text(c.header), text(c.required ? 'Có' : 'Không'), text(c.note)]),
  [],
  [bold('Lưu ý chung')],
  ...general.map((note) => [null, null, text(note)]),
]

/** A template workbook: the kind's data sheet (its header row kept in view) and the notes sheet. */
export const templateWorkbook = ({ columns, data, general, kind, widths }: { columns: ColumnNote[]; data: SheetData; general: string[]; kind: ImportKind; widths: number[] }): Promise<Buffer> =>
  writeXlsxFile([
    { columns: widths.map((width) => ({ width })), data, sheet: templateSheetName(kind), stickyRowsCount: 1 },
    { columns: [{ width: 34 }, { width: 10 }, { width: 90 }], data: notesSheet({ columns, general }), sheet: NOTES_SHEET_NAME },
  ]).toBuffer()
