import { vietnamDay } from '@/lib/dates/format'
import { daysOff, isWeekend } from './holidays'

export { SUPPORTED_YEARS, UnknownHolidayYearError } from './holidays'
/** The calendar day (YYYY-MM-DD) an instant falls on in Vietnam; one definition for the whole app. */
export { vietnamDay }



/** True for Saturdays, Sundays, public holidays and compensatory days off. */
export const isDayOff = (isoDate: string): boolean => isWeekend(isoDate) || daysOff(Number(isoDate.slice(0, 4))).has(isoDate)

const nextDay = (isoDate: string) => new Date(Date.parse(`${isoDate}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)

/** The `count`-th working day after the Vietnamese day of `from` (that day itself not counted). */
export const addWorkingDays = (from: Date, count: number): string => {
  let current = vietnamDay(from)
  for (let counted = 0; counted < count; ) {
    current = nextDay(current)
    if (!isDayOff(current)) counted++
  }
  return current
}

/** The last instant of a Vietnamese calendar day: 23:59:59.999 +07:00. */
export const endOfVietnamDay = (isoDate: string): Date => new Date(Date.parse(`${isoDate}T23:59:59.999+07:00`))

/**
 * When a public consultation opened at `opensAt` closes by default: at the
 * end of its 10th working day (Decree 98/2023/NĐ-CP art. 46 asks for at
 * least 10 working days), counted from the day after it opens.
 */
export const defaultConsultationEnd = (opensAt: Date, workingDays = 10): Date => endOfVietnamDay(addWorkingDays(opensAt, workingDays))
