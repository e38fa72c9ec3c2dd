import type { Cell } from '@/import/types'
import { toSearchText } from '@/lib/text/vietnamese'
import { MAX_YEAR, MIN_YEAR } from './dates'
import { collapseSpaces, failed, foldKey, formulaText, isFormula, matched, type Match, showCell } from './result'

const PASTE_VALUES = 'hãy dán giá trị (Paste Special → Values)'

/**
 * A text cell, trimmed and single-spaced. A formula is refused rather than
 * read through its cached result: the result may be stale, and the person
 * should see what will be stored. Numbers read as written; a date or TRUE/FALSE
 * in a text column means the sheet changed what was typed, so it is refused too.
 */
export const matchText = (cell: Cell, { max }: { max?: number } = {}): Match<string> => {
  if (isFormula(cell)) return failed(`Ô chứa công thức ${formulaText(cell)}; ${PASTE_VALUES}.`)
  if (cell instanceof Date) return failed(`Ô chứa ngày ${showCell(cell)} nhưng cột này cần chữ; định dạng ô là Text rồi ghi lại.`)
  if (typeof cell === 'boolean') return failed(`Ô chứa giá trị ${showCell(cell)} nhưng cột này cần chữ.`)
  const text = typeof cell === 'number' ? String(cell) : collapseSpaces(cell)
  const length = [...text].length
  if (max !== undefined && length > max) return failed(`Dài ${length} ký tự, quá giới hạn ${max} ký tự.`)
  return matched(text)
}

const YES = new Set(['x', '✓', '✔', '√', 'co', '1', 'yes', 'true', 'dung'])
const NO = new Set(['', '0', 'khong', 'no', 'false', '-', '–'])

/** A yes/no column: x, có, 1 … for yes; empty, không, 0, "-" … for no; anything else is an error. */
export const matchFlag = (cell: Cell): Match<boolean> => {
  if (typeof cell === 'boolean') return matched(cell)
  if (isFormula(cell)) return cell.result === null ? matched(false) : matchFlag(cell.result)
  if (!(cell instanceof Date)) {
    const key = toSearchText(String(cell))
    if (YES.has(key)) return matched(true)
    if (NO.has(key)) return matched(false)
  }
  return failed(`Không hiểu "${showCell(cell)}" ở cột đánh dấu; ghi x (hoặc có, 1) khi đúng, để trống (hoặc không, 0) khi không.`)
}

export type OptionList<V extends string> = readonly { label: { vi: string; en: string }; value: V }[]

/**
 * One of a collection's options (stages, document types, statuses…), by its
 * Vietnamese or English label or its value, folded, or by an alias the
 * caller adds ({ "con hieu luc": "inForce" }). `what` names the column in the message.
 */
export const matchOption = <V extends string>({
  aliases = {},
  input,
  options,
  what = 'giá trị',
}: {
  aliases?: Record<string, V>
  input: Cell
  options: OptionList<V>
  what?: string
}): Match<V> => {
  const text = matchText(input)
  if (!text.ok) return text
  const key = foldKey(text.value)
  const option = options.find((o) => [o.label.vi, o.label.en, o.value].some((words) => foldKey(words) === key))
  if (option) return matched(option.value)
  const alias = Object.entries(aliases).find(([words]) => foldKey(words) === key)
  if (alias) return matched(alias[1])
  return failed(`Không nhận ra ${what} "${text.value}"; ghi một trong: ${options.map((o) => o.label.vi).join(', ')}.`)
}

export type RecipientKind = 'collective' | 'individual'

const KINDS: { label: { vi: string; en: string }; value: RecipientKind }[] = [
  { label: { en: 'Individual', vi: 'Cá nhân' }, value: 'individual' },
  { label: { en: 'Collective', vi: 'Tập thể' }, value: 'collective' },
]

/** Cá nhân (CN) or tập thể (TT); a unit ("đơn vị") is a collective under the Law on Emulation and Commendation. */
export const matchKind = (input: Cell): Match<RecipientKind> =>
  matchOption({ aliases: { 'cn': 'individual', 'don vi': 'collective', 'tt': 'collective' }, input, options: KINDS, what: 'loại đối tượng (Cá nhân/Tập thể)' })

/** A year written as 2024 or "năm 2024", from 1945 to 2100. A date is refused: it is unclear which part was meant. */
export const matchYear = (cell: Cell): Match<number> => {
  if (isFormula(cell)) {
    if (cell.result === null) return failed(`Ô chứa công thức ${formulaText(cell)} không có kết quả; ${PASTE_VALUES}.`)
    return matchYear(cell.result)
  }
  const text = typeof cell === 'number' ? String(cell) : typeof cell === 'string' ? toSearchText(cell).replace(/^nam\s+/, '') : ''
  const year = /^\d{4}$/.test(text) ? Number(text) : NaN
  if (year >= MIN_YEAR && year <= MAX_YEAR) return matched(year)
  return failed(`Không nhận ra năm "${showCell(cell)}"; ghi năm bằng 4 chữ số, từ ${MIN_YEAR} đến ${MAX_YEAR}.`)
}
