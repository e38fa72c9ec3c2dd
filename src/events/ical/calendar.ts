import { eventKinds } from '@/collections/Events/options'
import type { Locale } from '@/i18n/locales'
import { VIETNAM_TIME_ZONE } from '@/lib/dates/format'
import { optionLabel } from '@/lib/text/optionLabel'
import { addDays, eventDays, vietnamParts } from '../time'
import { eventWords } from '../words'
import { contentLine, CRLF, escapeText } from './text'

export const VIETNAM_TZID = VIETNAM_TIME_ZONE

/** What one VEVENT is written from (a published event, read for the calendar). */
export type CalendarEvent = {
  allDay?: boolean | null
  end?: string | null
  id: number | string
  kind: string
  livestreamUrl?: string | null
  organizer?: string | null
  province?: string | null
  registrationUrl?: string | null
  slug?: string | null
  start: string
  summary?: string | null
  title: string
  updatedAt: string
  venue?: string | null
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

/** `20261215T083000` on Vietnam's clock, for `;TZID=Asia/Ho_Chi_Minh`. */
const localDateTime = (value: string): string => {
  const p = vietnamParts(value)
  return `${pad(p.year, 4)}${pad(p.month)}${pad(p.day)}T${pad(p.hour)}${pad(p.minute)}${pad(p.second)}`
}

/** `20261215T013000Z`: DTSTAMP and LAST-MODIFIED are UTC. */
const utcDateTime = (value: string): string => new Date(value).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '')

const dateValue = (dayKey: string): string => dayKey.replace(/-/g, '')

/** Viet Nam has no daylight saving time: one STANDARD rule at +07:00 describes the zone completely. */
const VTIMEZONE = ['BEGIN:VTIMEZONE', `TZID:${VIETNAM_TZID}`, `X-LIC-LOCATION:${VIETNAM_TZID}`, 'BEGIN:STANDARD', 'DTSTART:19700101T000000', 'TZOFFSETFROM:+0700', 'TZOFFSETTO:+0700', 'TZNAME:ICT', 'END:STANDARD', 'END:VTIMEZONE']

/**
 * The UID stays the same across every edit (title, slug, dates) so calendar
 * apps update the entry instead of adding a second one: it is made of the
 * document id and the site's host only.
 */
export const eventUid = ({ host, id }: { host: string; id: number | string }): string => `su-kien-${id}@${host}`

const when = (event: CalendarEvent): string[] => {
  if (event.allDay) {
    const { first, last } = eventDays(event)
    // DTEND of an all-day event is exclusive: the day after its last day.
    return [contentLine('DTSTART', dateValue(first), { VALUE: 'DATE' }), contentLine('DTEND', dateValue(addDays(last, 1)), { VALUE: 'DATE' })]
  }
  const lines = [contentLine('DTSTART', localDateTime(event.start), { TZID: VIETNAM_TZID })]
  if (event.end) lines.push(contentLine('DTEND', localDateTime(event.end), { TZID: VIETNAM_TZID }))
  return lines
}

const vevent = ({ event, host, locale, origin, pagePath }: { event: CalendarEvent; host: string; locale: Locale; origin: string; pagePath: (slug: string) => string }): string[] => {
  const w = eventWords(locale)
  const url = `${origin}${pagePath(event.slug ?? '')}`
  const description = [
    event.summary,
    event.organizer ? `${w.organizer}: ${event.organizer}` : '',
    event.livestreamUrl ? `${w.livestream}: ${event.livestreamUrl}` : '',
    event.registrationUrl ? `${w.register}: ${event.registrationUrl}` : '',
    url,
  ].filter(Boolean)
  const location = event.venue || event.province ? [event.venue, event.province, w.vietnam].filter(Boolean).join(', ') : ''
  const category = optionLabel(eventKinds, event.kind, locale)
  return [
    'BEGIN:VEVENT',
    contentLine('UID', eventUid({ host, id: event.id })),
    // Stable bytes between edits (so ETags hold): the stamp is the last revision, not the moment of download.
    contentLine('DTSTAMP', utcDateTime(event.updatedAt)),
    contentLine('LAST-MODIFIED', utcDateTime(event.updatedAt)),
    ...when(event),
    contentLine('SUMMARY', escapeText(event.title)),
    contentLine('DESCRIPTION', escapeText(description.join('\n\n'))),
    ...(location ? [contentLine('LOCATION', escapeText(location))] : []),
    contentLine('URL', url),
    ...(category ? [contentLine('CATEGORIES', escapeText(category))] : []),
    'STATUS:CONFIRMED',
    'END:VEVENT',
  ]
}

/** A whole VCALENDAR (METHOD:PUBLISH), CRLF-terminated, for a list of published events. */
export const renderCalendar = ({ events, locale, name, origin, pagePath }: { events: CalendarEvent[]; locale: Locale; name: string; origin: string; pagePath: (slug: string) => string }): string => {
  const host = new URL(origin).hostname
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//Thi dua//Lich su kien//${locale.toUpperCase()}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    contentLine('X-WR-CALNAME', escapeText(name)),
    contentLine('X-WR-TIMEZONE', VIETNAM_TZID),
    // Subscribers re-read the calendar every six hours (RFC 7986, and Outlook's own property).
    'REFRESH-INTERVAL;VALUE=DURATION:PT6H',
    'X-PUBLISHED-TTL:PT6H',
    ...VTIMEZONE,
    ...events.flatMap((event) => vevent({ event, host, locale, origin, pagePath })),
    'END:VCALENDAR',
  ]
  return `${lines.join(CRLF)}${CRLF}`
}
