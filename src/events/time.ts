import type { Event } from '@/payload-types'

/**
 * Vietnam's clock for events. Viet Nam has kept UTC+07:00 all year since
 * 1975, so arithmetic on a fixed offset is exact (and far cheaper than Intl
 * for a month grid); pages, JSON-LD and iCalendar files all go through here.
 */
export const VIETNAM_OFFSET = '+07:00'
const OFFSET_MS = 7 * 60 * 60 * 1000
export const DAY_MS = 24 * 60 * 60 * 1000

/** A calendar day in Vietnam, `YYYY-MM-DD`. */
export type DayKey = string

export type EventTiming = Pick<Event, 'allDay' | 'end' | 'start'>

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

const instant = (value: Date | string): Date => (typeof value === 'string' ? new Date(value) : value)

/** The wall-clock fields of an instant in Vietnam (weekday 0 = Monday). */
export const vietnamParts = (value: Date | string) => {
  const d = new Date(instant(value).getTime() + OFFSET_MS)
  return { day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes(), month: d.getUTCMonth() + 1, second: d.getUTCSeconds(), weekday: (d.getUTCDay() + 6) % 7, year: d.getUTCFullYear() }
}

export const dayKeyOf = (value: Date | string): DayKey => {
  const p = vietnamParts(value)
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`
}

/** 00:00 in Vietnam on that day. */
export const dayStart = (key: DayKey): Date => new Date(`${key}T00:00:00${VIETNAM_OFFSET}`)

export const addDays = (key: DayKey, days: number): DayKey => dayKeyOf(new Date(dayStart(key).getTime() + days * DAY_MS))

/** `08:30` in Vietnam. */
export const clockTime = (value: Date | string): string => {
  const p = vietnamParts(value)
  return `${pad(p.hour)}:${pad(p.minute)}`
}

/** `dd/mm/yyyy` of a day key. */
export const formatDay = (key: DayKey): string => `${key.slice(8, 10)}/${key.slice(5, 7)}/${key.slice(0, 4)}`

/** ISO 8601 with Vietnam's offset, `2026-12-15T08:30:00+07:00`, as schema.org and <time> read it. */
export const isoInVietnam = (value: Date | string): string => {
  const p = vietnamParts(value)
  return `${dayKeyOf(value)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}${VIETNAM_OFFSET}`
}

/** The first and last Vietnamese days an event covers (an event without an end covers its first day). */
export const eventDays = (event: EventTiming): { first: DayKey; last: DayKey } => {
  const first = dayKeyOf(event.start)
  const last = event.end ? dayKeyOf(event.end) : first
  return { first, last: last < first ? first : last }
}

/** The instant an event is over: an all-day event lasts to the end of its last day. */
export const eventEndsAt = (event: EventTiming): Date => (event.allDay ? dayStart(addDays(eventDays(event).last, 1)) : instant(event.end ?? event.start))

export type EventPhase = 'ongoing' | 'past' | 'upcoming'

export const eventPhase = (event: EventTiming, now: Date): EventPhase => {
  const starts = event.allDay ? dayStart(eventDays(event).first) : instant(event.start)
  if (now < starts) return 'upcoming'
  return now < eventEndsAt(event) ? 'ongoing' : 'past'
}

/** Every Vietnamese day an event covers, in order (bounded: a runaway range stops after a year). */
export const daysCovered = (event: EventTiming): DayKey[] => {
  const { first, last } = eventDays(event)
  const days: DayKey[] = []
  for (let day = first; day <= last && days.length < 366; day = addDays(day, 1)) days.push(day)
  return days
}

/** `YYYY-MM` of a month, and back; only real months from 1945 to 2100 parse. */
export type MonthKey = { month: number; year: number }

export const parseMonthKey = (value: string): MonthKey | null => {
  const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(value)
  if (!match) return null
  const year = Number(match[1])
  return year >= 1945 && year <= 2100 ? { month: Number(match[2]), year } : null
}

export const monthKeyString = ({ month, year }: MonthKey): string => `${pad(year, 4)}-${pad(month)}`

export const shiftMonth = ({ month, year }: MonthKey, by: number): MonthKey => {
  const index = year * 12 + (month - 1) + by
  return { month: (index % 12) + 1, year: Math.floor(index / 12) }
}

export const monthOf = (value: Date | string): MonthKey => {
  const p = vietnamParts(value)
  return { month: p.month, year: p.year }
}

/** The month's first instant and the next month's, in Vietnam. */
export const monthBounds = (month: MonthKey): { end: Date; start: Date } => ({
  end: dayStart(`${monthKeyString(shiftMonth(month, 1))}-01`),
  start: dayStart(`${monthKeyString(month)}-01`),
})

/** The year's first instant and the next year's, in Vietnam. */
export const yearBounds = (year: number): { end: Date; start: Date } => ({ end: dayStart(`${pad(year + 1, 4)}-01-01`), start: dayStart(`${pad(year, 4)}-01-01`) })
