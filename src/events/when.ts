import type { Locale } from '@/i18n/locales'
import { clockTime, dayKeyOf, eventDays, type EventTiming, formatDay, isoInVietnam } from './time'
import { eventWords } from './words'

/** One end of an event's time, as shown (`15/12/2026, 08:00`) and as machines read it (<time datetime>). */
export type WhenPoint = { dateTime: string; label: string; /** The end of a timed event on its start's day: its label is the clock time alone. */ timeOnly?: boolean }

/**
 * When an event happens, in Vietnam's time: dd/mm/yyyy, plus HH:mm unless it
 * is all-day; a range when it ends on another day (or, timed, at another
 * time the same day: then only the end's time is repeated). English pages
 * use the same dd/mm/yyyy and 24-hour clock as the rest of the site.
 */
export const eventWhen = (event: EventTiming): { allDay: boolean; end?: WhenPoint; start: WhenPoint } => {
  const { first, last } = eventDays(event)
  if (event.allDay) {
    const start = { dateTime: first, label: formatDay(first) }
    return last === first ? { allDay: true, start } : { allDay: true, end: { dateTime: last, label: formatDay(last) }, start }
  }
  const start = { dateTime: isoInVietnam(event.start), label: `${formatDay(first)}, ${clockTime(event.start)}` }
  if (!event.end || new Date(event.end).getTime() === new Date(event.start).getTime()) return { allDay: false, start }
  const sameDay = dayKeyOf(event.end) === first
  return { allDay: false, end: { dateTime: isoInVietnam(event.end), label: sameDay ? clockTime(event.end) : `${formatDay(last)}, ${clockTime(event.end)}`, timeOnly: sameDay }, start }
}

/** The same as text: `15/12/2026, 08:00–11:30`, `15/12/2026 – 17/12/2026`, `15/12/2026 (cả ngày)`. */
export const formatEventWhen = (event: EventTiming, locale: Locale): string => {
  const when = eventWhen(event)
  if (!when.end) return when.allDay ? `${when.start.label} (${eventWords(locale).allDay})` : when.start.label
  return `${when.start.label}${when.end.timeOnly ? '–' : ' – '}${when.end.label}`
}

/**
 * For text read outside the site (feeds, embeds on other sites), where the
 * reader may not be in Vietnam: a timed event says whose clock it is.
 */
export const formatEventWhenWithZone = (event: EventTiming, locale: Locale): string =>
  event.allDay ? formatEventWhen(event, locale) : `${formatEventWhen(event, locale)} (${eventWords(locale).vietnamTime})`
