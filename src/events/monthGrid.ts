import { addDays, type DayKey, daysCovered, type EventTiming, type MonthKey, monthKeyString, vietnamParts } from './time'

export type GridDay<E> = { day: number; events: E[]; isToday: boolean; key: DayKey }

/** A week row: seven cells from Monday to Sunday; `null` for days of the months before and after. */
export type GridWeek<E> = (GridDay<E> | null)[]

/**
 * The month as weeks starting on Monday, each day holding the events that
 * cover it: a multi-day event appears on every one of its days in the month.
 * Events keep the order they are given in (start time).
 */
export const buildMonthGrid = <E extends EventTiming>({ events, month, today }: { events: E[]; month: MonthKey; today: DayKey }): GridWeek<E>[] => {
  const first: DayKey = `${monthKeyString(month)}-01`
  const byDay = new Map<DayKey, E[]>()
  for (const event of events) for (const day of daysCovered(event)) byDay.set(day, [...(byDay.get(day) ?? []), event])
  const lead = vietnamParts(`${first}T00:00:00+07:00`).weekday
  const cells: (GridDay<E> | null)[] = Array.from({ length: lead }, () => null)
  for (let key = first; key.startsWith(monthKeyString(month)); key = addDays(key, 1)) {
    cells.push({ day: Number(key.slice(8, 10)), events: byDay.get(key) ?? [], isToday: key === today, key })
  }
  while (cells.length % 7) cells.push(null)
  const weeks: GridWeek<E>[] = []
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7))
  return weeks
}
