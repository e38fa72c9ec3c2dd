import type { Cell } from '@/import/types'
import { collapseSpaces, failed, formulaText, matched, type Match, showDay, utcDay } from './result'

export const MIN_YEAR = 1945
export const MAX_YEAR = 2100

const DAY_MS = 86_400_000
const pad2 = (n: number) => String(n).padStart(2, '0')

type Day = { year: number; month: number; day: number }

const ACCEPTED = 'ghi ngày/tháng/năm như 05/03/2024, "ngày 05 tháng 3 năm 2024" hoặc 2024-03-05'

/** The day if it exists and falls in 1945–2100; `shown` is the cell as the message quotes it. */
const existingDay = ({ day, month, year }: Day, shown: string): Match<string> => {
  if (year < MIN_YEAR || year > MAX_YEAR) return failed(`Ngày "${shown}" có năm ${year}, ngoài khoảng ${MIN_YEAR}–${MAX_YEAR}.`)
  if (month < 1 || month > 12) return failed(`Ngày "${shown}" không có thật: không có tháng ${month} (ghi ngày trước, tháng sau: dd/mm/yyyy).`)
  const date = new Date(Date.UTC(year, month - 1, day))
  if (day < 1 || date.getUTCDate() !== day) return failed(`Ngày "${shown}" không có thật: tháng ${month}/${year} không có ngày ${day}.`)
  return matched(`${year}-${pad2(month)}-${pad2(day)}`)
}

/**
 * An Excel serial day number (1900 date system). Excel counts a 29 February
 * 1900 that never was (serial 60), so serials from 61 on are one day ahead of
 * a plain count from 31/12/1899; only 1945–2100 is accepted anyway.
 */
export const excelSerialDay = (serial: number): Day | null => {
  const whole = Math.floor(serial)
  if (!Number.isFinite(serial) || whole < 1 || whole === 60) return null
  const ms = Date.UTC(1899, 11, whole < 60 ? 31 : 30) + whole * DAY_MS
  return utcDay(new Date(ms))
}

const fromSerial = (serial: number, shown: string): Match<string> => {
  const day = excelSerialDay(serial)
  if (!day || day.year < MIN_YEAR || day.year > MAX_YEAR) {
    return failed(`Số ${shown} không phải một ngày từ năm ${MIN_YEAR} đến ${MAX_YEAR}; ${ACCEPTED}.`)
  }
  return existingDay(day, showDay(day))
}

const TIME = String.raw`(?:[t ]\s*\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:z|[+-]\d{2}:?\d{2}|sa|ch|am|pm)?)?`
const DAY_FIRST = new RegExp(String.raw`^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})${TIME}$`)
const YEAR_FIRST = new RegExp(String.raw`^(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})${TIME}$`)
const TWO_DIGIT_YEAR = /^\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2}$/
const IN_WORDS = /^(\d{1,2}) thang (\d{1,2}) nam (\d{4})$/

const fromText = (text: string): Match<string> => {
  const shown = collapseSpaces(text)
  // Folded and lower-case; "ngày" before the day is optional.
  const plain = shown.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/gi, 'd').toLowerCase().replace(/^ngay\s+/, '')
  if (/^\d{5}(\.\d+)?$/.test(plain)) return fromSerial(Number(plain), plain) // a serial saved to CSV as text
  const dayFirst = DAY_FIRST.exec(plain) ?? IN_WORDS.exec(plain)
  if (dayFirst) return existingDay({ day: Number(dayFirst[1]), month: Number(dayFirst[2]), year: Number(dayFirst[3]) }, shown)
  const yearFirst = YEAR_FIRST.exec(plain)
  if (yearFirst) return existingDay({ day: Number(yearFirst[3]), month: Number(yearFirst[2]), year: Number(yearFirst[1]) }, shown)
  if (TWO_DIGIT_YEAR.test(plain)) return failed(`Ngày "${shown}" ghi năm bằng 2 chữ số; ghi đủ 4 chữ số, ví dụ 05/03/2024.`)
  return failed(`Không nhận ra ngày "${shown}"; ${ACCEPTED}.`)
}

/**
 * A date cell as 'YYYY-MM-DD'. Text is read day first (dd/mm/yyyy) and
 * never swapped: "13/25/2024" is an error, not 25 December. A Date from the
 * XLSX reader is UTC midnight of the day shown; a number is an Excel serial.
 */
export const matchDate = (cell: Cell): Match<string> => {
  if (typeof cell === 'string') return fromText(cell)
  if (typeof cell === 'number') return fromSerial(cell, String(cell))
  if (typeof cell === 'boolean') return failed(`Ô chứa giá trị ${cell ? 'TRUE' : 'FALSE'}, không phải ngày; ${ACCEPTED}.`)
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return failed(`Ô chứa ngày không hợp lệ; ${ACCEPTED}.`)
    const day = utcDay(cell)
    return existingDay(day, showDay(day))
  }
  if (cell.result === null || typeof cell.result === 'boolean') {
    return failed(`Ô chứa công thức ${formulaText(cell)} không cho ra ngày; hãy dán giá trị (Paste Special → Values).`)
  }
  return matchDate(cell.result)
}
