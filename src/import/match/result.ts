import { foldedWords } from '@/lib/text/words'
import type { Cell, FormulaCell } from '@/import/types'

/**
 * What every matcher returns: the value it understood, or a short Vietnamese
 * message saying what the cell holds and what is accepted. The engine turns a
 * message into a row error; a matcher never guesses.
 */
export type Match<T> = { ok: true; value: T } | { ok: false; message: string }

export const matched = <T>(value: T): Match<T> => ({ ok: true, value })

export const failed = (message: string): Match<never> => ({ ok: false, message })

/** Case-, tone- and punctuation-free words joined by one space: "TP. Hồ Chí Minh" → "tp ho chi minh". */
export const foldKey = (text: string): string => foldedWords(text).join(' ')

export const isFormula = (cell: Cell): cell is FormulaCell => typeof cell === 'object' && !(cell instanceof Date)

/** Trimmed, with runs of whitespace (line breaks included) as one space. */
export const collapseSpaces = (text: string): string => text.replace(/\s+/g, ' ').trim()

const pad2 = (n: number) => String(n).padStart(2, '0')

/** A reader's Date is UTC midnight of the day the sheet shows, so its UTC fields are that day. */
export const utcDay = (date: Date): { year: number; month: number; day: number } => ({
  day: date.getUTCDate(),
  month: date.getUTCMonth() + 1,
  year: date.getUTCFullYear(),
})

export const showDay = ({ year, month, day }: { year: number; month: number; day: number }): string => `${pad2(day)}/${pad2(month)}/${year}`

/** A cell as a message quotes it: what the person sees in the sheet. */
export const showCell = (cell: Cell): string => {
  if (typeof cell === 'string') return collapseSpaces(cell)
  if (typeof cell === 'number') return String(cell)
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE'
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? 'ngày không hợp lệ' : showDay(utcDay(cell))
  return formulaText(cell)
}

export const formulaText = (cell: FormulaCell): string => (cell.formula.startsWith('=') ? cell.formula : `=${cell.formula}`)
