import type { ImportKind } from '@/collections/Imports/options'

export type { ImportKind }

/** A formula cell: what Excel last computed, and the formula itself (reported when text is expected). */
export type FormulaCell = { formula: string; result: boolean | Date | null | number | string }

/** A cell as the readers hand it over: CSV gives strings only; XLSX keeps numbers, dates, booleans and formulas. */
export type Cell = boolean | Date | FormulaCell | number | string

export type ColumnType = 'date' | 'flag' | 'number' | 'text'

/** One column a template offers and the importer understands. */
export type ColumnSpec<Key extends string = string> = {
  key: Key
  /** The header as the template writes it (Vietnamese). */
  header: string
  /** Other ways offices head the column; matched, like `header`, without case, diacritics or punctuation. */
  aliases: string[]
  required: boolean
  type: ColumnType
  /** A value for the template's example row. */
  example: boolean | number | string
  /** One line for the template's notes sheet: what goes here and how it is matched. */
  note: string
}

/** A data row: its number as the spreadsheet shows it (header row = 1 when it is the first line), and the non-empty cells by column key. */
export type SourceRow = {
  rowNumber: number
  values: Record<string, Cell>
  /** Cells under headers no column claims, by the header as written; only for kinds that read such columns (columns/keepsOtherColumns). */
  others?: Record<string, Cell>
}

export type ReadResult = {
  /** The sheet that was read (CSV: the file name). */
  sheet: string
  rows: SourceRow[]
  /** Headers present in the file that match no column; ignored and named in the report. */
  ignoredColumns: string[]
}

/** A problem with one row: the row number, the column's header and a message in Vietnamese. */
export type RowIssue = { row: number; column?: string; message: string }

/** A file that cannot be read at all (not a spreadsheet, encrypted, empty, too big, unknown encoding, missing or duplicated columns). */
export class ImportFileError extends Error {
  constructor(
    readonly code: 'duplicateColumns' | 'empty' | 'encoding' | 'encrypted' | 'missingColumns' | 'notSpreadsheet' | 'tooLarge' | 'wrongSheet',
    message: string,
  ) {
    super(message)
    this.name = 'ImportFileError'
  }
}
