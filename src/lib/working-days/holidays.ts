/**
 * Vietnam's public holidays (Labour Code 2019, art. 112): 1/1; five days of
 * Tết; Hùng Kings' day (10th day of the 3rd lunar month); 30/4; 1/5; 2/9
 * and one day next to it. A holiday on a Saturday or Sunday gives a
 * compensatory day off on the next working day (art. 112(3)).
 *
 * Lunar dates cannot be computed from the solar calendar by a simple rule, so
 * they come from a table; a year outside it is refused with a message rather
 * than counted wrongly. Extend the table (and its test) each year from the
 * government's announcement.
 */
type Year = number

/** Day 1 of the lunar new year (Tết), solar date. */
const LUNAR_NEW_YEAR: Record<Year, string> = {
  2024: '2024-02-10',
  2025: '2025-01-29',
  2026: '2026-02-17',
  2027: '2027-02-06',
  2028: '2028-01-26',
  2029: '2029-02-13',
  2030: '2030-02-03',
}

/** Hùng Kings' commemoration (10/3 lunar), solar date, for the years announced so far. */
const HUNG_KINGS: Record<Year, string> = {
  2024: '2024-04-18',
  2025: '2025-04-07',
  2026: '2026-04-26',
  // The 3rd lunar month of 2027 begins on 7/4 (new moon 6/4 23:51 UTC, 7/4 in Vietnam).
  2027: '2027-04-16',
}

/** The day taken next to 2/9 where the government chose 3/9 rather than the usual 1/9. */
const NATIONAL_DAY_SECOND: Record<Year, string> = { 2024: '2024-09-03' }

export const SUPPORTED_YEARS = Object.keys(HUNG_KINGS).map(Number)

export class UnknownHolidayYearError extends Error {
  constructor(year: number) {
    super(`Chưa có lịch nghỉ lễ năm ${year} (Tết, Giỗ Tổ Hùng Vương): cập nhật src/lib/working-days/holidays.ts theo thông báo của Chính phủ.`)
  }
}

const iso = (date: Date) => date.toISOString().slice(0, 10)
const day = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`)
const shift = (isoDate: string, days: number) => iso(new Date(day(isoDate).getTime() + days * 86_400_000))
export const isWeekend = (isoDate: string) => [0, 6].includes(day(isoDate).getUTCDay())

const statutoryDays = (year: Year): string[] => {
  const tet = LUNAR_NEW_YEAR[year]
  const hung = HUNG_KINGS[year]
  if (!tet || !hung) throw new UnknownHolidayYearError(year)
  return [
    `${year}-01-01`,
    // Tết: the last day of the old year and the first four of the new one.
    ...[-1, 0, 1, 2, 3].map((offset) => shift(tet, offset)),
    hung,
    `${year}-04-30`,
    `${year}-05-01`,
    `${year}-09-02`,
    NATIONAL_DAY_SECOND[year] ?? `${year}-09-01`,
  ]
}

const cache = new Map<Year, Set<string>>()

/** Every day off in a year that is not a weekend: statutory days plus compensatory ones. */
export const daysOff = (year: Year): Set<string> => {
  const cached = cache.get(year)
  if (cached) return cached
  const statutory = statutoryDays(year)
  const off = new Set(statutory)
  for (const holiday of [...statutory].sort()) {
    if (!isWeekend(holiday)) continue
    let next = shift(holiday, 1)
    while (isWeekend(next) || off.has(next)) next = shift(next, 1)
    off.add(next)
  }
  cache.set(year, off)
  return off
}
