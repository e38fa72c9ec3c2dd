/** Excel reads a UTF-8 file as the local code page unless it starts with a byte-order mark. */
const BOM = '\uFEFF'

/** Spreadsheets run a cell starting with one of these as a formula (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/

/** One cell: formulas neutralised with a leading apostrophe, then quoted when it holds a quote, comma or line break (RFC 4180). */
export const csvCell = (value: string): string => {
  const safe = FORMULA_START.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

/** A whole file: BOM, safe cells, CRLF line ends. Shared by every CSV download. */
export const toCsv = (lines: string[][]): string => `${BOM}${lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n')}\r\n`
