import type { Where } from 'payload'

import type { EventKind } from '@/collections/Events/options'
import { dayKeyOf, dayStart, type MonthKey, monthBounds, yearBounds } from './time'

/** Resolved filter values: ids where the URL gave slugs. */
export type EventWhereInput = { exemplar?: number | string; kind?: EventKind; movement?: number | string; province?: number | string; year?: number }

export const eventFilterWhere = (f: EventWhereInput): Where[] => {
  const and: Where[] = []
  if (f.kind) and.push({ kind: { equals: f.kind } })
  if (f.province !== undefined) and.push({ province: { equals: f.province } })
  if (f.movement !== undefined) and.push({ relatedMovements: { equals: f.movement } })
  if (f.exemplar !== undefined) and.push({ relatedExemplars: { equals: f.exemplar } })
  if (f.year) {
    const { end, start } = yearBounds(f.year)
    and.push({ start: { greater_than_equal: start.toISOString() } }, { start: { less_than: end.toISOString() } })
  }
  return and
}

/**
 * Not over yet at `now` (upcoming or under way): its end, or its start when
 * it has no end, is still ahead; an all-day event lasts until its last day
 * in Vietnam is over, whatever clock time its end carries.
 */
export const notOverWhere = (now: Date): Where => {
  const today = dayStart(dayKeyOf(now)).toISOString()
  const at = now.toISOString()
  return {
    or: [
      { end: { greater_than_equal: at } },
      { start: { greater_than_equal: at } },
      { and: [{ allDay: { equals: true } }, { or: [{ end: { greater_than_equal: today } }, { start: { greater_than_equal: today } }] }] },
    ],
  }
}

/** Over at `now`, save the all-day events of today (the caller leaves out the ids `notOverWhere` found). */
export const overWhere = (now: Date, notOverIds: (number | string)[]): Where => {
  const at = now.toISOString()
  const and: Where[] = [{ start: { less_than: at } }, { or: [{ end: { less_than: at } }, { end: { exists: false } }] }]
  if (notOverIds.length) and.push({ id: { not_in: notOverIds } })
  return { and }
}

/** Overlapping the month in Vietnam: starts before the month ends and ends (or starts) after it begins. */
export const inMonthWhere = (month: MonthKey): Where => {
  const { end, start } = monthBounds(month)
  return { and: [{ start: { less_than: end.toISOString() } }, { or: [{ end: { greater_than_equal: start.toISOString() } }, { start: { greater_than_equal: start.toISOString() } }] }] }
}
