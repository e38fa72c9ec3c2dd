import { describe, expect, it } from 'vitest'

import { addWorkingDays, defaultConsultationEnd, endOfVietnamDay, isDayOff, UnknownHolidayYearError, vietnamDay } from '@/lib/working-days'

/** Noon in Vietnam on a calendar day, as an instant. */
const vn = (isoDate: string, time = '12:00') => new Date(`${isoDate}T${time}:00+07:00`)

describe('working days in Vietnam', () => {
  it('skip weekends', () => {
    expect(addWorkingDays(vn('2026-03-02'), 10)).toBe('2026-03-16')
    expect(addWorkingDays(vn('2026-03-06'), 1)).toBe('2026-03-09')
  })

  it('skip the five days of Tết', () => {
    for (const day of ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20']) expect(isDayOff(day), day).toBe(true)
    expect(isDayOff('2026-02-23')).toBe(false)
    expect(addWorkingDays(vn('2026-02-13'), 10)).toBe('2026-03-06')
  })

  it('skip 2/9 and the day next to it', () => {
    expect(isDayOff('2026-09-01')).toBe(true)
    expect(isDayOff('2026-09-02')).toBe(true)
    expect(isDayOff('2026-09-03')).toBe(false)
    expect(addWorkingDays(vn('2026-08-28'), 10)).toBe('2026-09-15')
    // 2024: the government gave 3/9 instead of 1/9.
    expect(isDayOff('2024-09-03')).toBe(true)
  })

  it('give a compensatory day when a holiday falls on a weekend', () => {
    // Hùng Kings' day 2026 is a Sunday: Monday 27/4 is off; then 30/4 and 1/5.
    expect(isDayOff('2026-04-27')).toBe(true)
    expect(addWorkingDays(vn('2026-04-24'), 10)).toBe('2026-05-13')
    // Tết 2025 ends on Saturday 1/2: Monday 3/2 is off.
    expect(isDayOff('2025-02-03')).toBe(true)
    expect(isDayOff('2025-02-04')).toBe(false)
  })

  it('count from the Vietnamese calendar day, whatever the server clock says', () => {
    // 00:30 on Monday in Vietnam is still Sunday in UTC.
    expect(vietnamDay(new Date('2026-03-01T17:30:00Z'))).toBe('2026-03-02')
    expect(addWorkingDays(new Date('2026-03-01T17:30:00Z'), 10)).toBe('2026-03-16')
    // 23:59:59 on Sunday in Vietnam: the count starts on Monday.
    expect(addWorkingDays(new Date('2026-03-01T16:59:59Z'), 10)).toBe('2026-03-13')
  })

  it('close a consultation at the end of its 10th working day, Vietnam time', () => {
    expect(defaultConsultationEnd(vn('2026-03-02', '08:00')).toISOString()).toBe('2026-03-16T16:59:59.999Z')
    expect(endOfVietnamDay('2026-09-15').toISOString()).toBe('2026-09-15T16:59:59.999Z')
  })

  it('cross into the next year over 1/1', () => {
    expect(isDayOff('2027-01-01')).toBe(true)
    expect(addWorkingDays(vn('2026-12-21'), 10)).toBe('2027-01-05')
    expect(isDayOff('2027-04-16')).toBe(true)
  })

  it('refuse a year whose lunar holidays are not in the table, saying what to do', () => {
    expect(() => addWorkingDays(vn('2031-03-02'), 10)).toThrow(UnknownHolidayYearError)
    expect(() => isDayOff('2031-03-03')).toThrow(/cập nhật src\/lib\/working-days\/holidays\.ts/)
  })
})
