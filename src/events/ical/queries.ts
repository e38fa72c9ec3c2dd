import type { Where } from 'payload'

import type { Locale } from '@/i18n/locales'
import { cachedRead } from '@/lib/cache/cachedRead'
import { getTaxonomies } from '@/lib/queries/taxonomies'
import { getPayloadClient } from '@/lib/server/payload'
import type { CalendarFilters } from '../filters'
import type { CalendarEvent } from './calendar'

/** A subscribed calendar need not carry the whole archive: the newest events up to this many. */
const CALENDAR_LIMIT = 1000

const select = { allDay: true, end: true, kind: true, livestreamUrl: true, organizer: true, province: true, registrationUrl: true, slug: true, start: true, summary: true, title: true, updatedAt: true, venue: true } as const

type Read = { allDay?: boolean | null; end?: string | null; id: number | string; kind: string; livestreamUrl?: string | null; organizer?: string | null; province?: unknown; registrationUrl?: string | null; slug?: string | null; start: string; summary?: string | null; title: string; updatedAt: string; venue?: string | null }

const toCalendarEvent = ({ province, ...rest }: Read): CalendarEvent => ({
  ...rest,
  province: province && typeof province === 'object' && 'name' in province ? String((province as { name: unknown }).name) : null,
})

const read = async ({ limit, locale, where }: { limit: number; locale: Locale; where: Where }) => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({ collection: 'events', depth: 1, limit, locale, overrideAccess: false, pagination: false, populate: { provinces: { name: true } }, select, sort: '-start', where })
  return (docs as Read[]).map(toCalendarEvent)
}

/** The newest revision among the events (the file's Last-Modified); the epoch for an empty calendar. */
const latest = (events: CalendarEvent[]): string => events.reduce((max, e) => (e.updatedAt > max ? e.updatedAt : max), new Date(0).toISOString())

/**
 * Published events for the subscribable calendar; `null` when the province
 * slug names no province (the route answers 400 rather than an empty file).
 * Cached under the tags of what it reads, as the feeds are.
 */
export const listCalendarEvents = cachedRead('events:calendar', ['events', 'provinces'], async (filters: CalendarFilters, locale: Locale): Promise<{ events: CalendarEvent[]; provinceName?: string; updated: string } | null> => {
  const and: Where[] = []
  const province = filters.province ? (await getTaxonomies(locale)).provinces.find((p) => p.slug === filters.province) : undefined
  if (filters.province && !province) return null
  if (province) and.push({ province: { equals: province.id } })
  if (filters.kind) and.push({ kind: { equals: filters.kind } })
  const events = await read({ limit: CALENDAR_LIMIT, locale, where: and.length ? { and } : {} })
  return { events, provinceName: province?.name, updated: latest(events) }
})

/** One published event for "add to calendar"; `null` for unknown or unpublished slugs. */
export const getCalendarEvent = cachedRead('events:calendar-one', ['events', 'provinces'], async (slug: string, locale: Locale): Promise<CalendarEvent | null> => {
  const [event] = await read({ limit: 1, locale, where: { slug: { equals: slug } } })
  return event ?? null
})
