import { createHash } from 'node:crypto'

import { eventKinds } from '@/collections/Events/options'
import type { Locale } from '@/i18n/locales'
import { optionLabel } from '@/lib/text/optionLabel'
import { pathsFor, siteUrl } from '@/lib/urls/sitePaths'
import { parseCalendarFilters } from '../filters'
import { eventWords } from '../words'
import { renderCalendar } from './calendar'
import { getCalendarEvent, listCalendarEvents } from './queries'

/**
 * The same policy as the feeds (src/feeds/http.ts): calendar apps poll, so
 * five minutes fresh then stale-while-revalidate; publishing purges the data
 * cache at once, this only bounds how long a client keeps its own copy.
 */
const CACHE_CONTROL = 'public, max-age=300, stale-while-revalidate=3600'

const etagOf = (body: string): string => `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`

const matchesEtag = (header: string, etag: string): boolean => header.trim() === '*' || header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)

/** The calendar, or 304 when the client's copy (by ETag) is current. */
const calendarResponse = ({ body, fileName, request, updated }: { body: string; fileName?: string; request: Request; updated: string }): Response => {
  const etag = etagOf(body)
  const headers = new Headers({ 'Access-Control-Allow-Origin': '*', 'Cache-Control': CACHE_CONTROL, ETag: etag, 'Last-Modified': new Date(updated).toUTCString() })
  const ifNoneMatch = request.headers.get('if-none-match')
  if (ifNoneMatch !== null && matchesEtag(ifNoneMatch, etag)) return new Response(null, { headers, status: 304 })
  headers.set('Content-Type', 'text/calendar; charset=utf-8')
  headers.set('X-Content-Type-Options', 'nosniff')
  // One event downloads as a file ("add to calendar"); the whole calendar stays inline for subscribing.
  if (fileName) headers.set('Content-Disposition', `attachment; filename="${fileName}"`)
  return new Response(body, { headers, status: 200 })
}

const plainText = (status: number, text: string): Response =>
  new Response(`${text}\n`, { headers: { 'Cache-Control': 'public, max-age=60', 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' }, status })

const BAD_FILTER: Record<string, string> = {
  loai: 'Tham số loai không hợp lệ: dùng một trong dai-hoi, ton-vinh, so-ket, tong-ket, phat-dong, trao-tang, tap-huan, khac. / Unknown loai (kind): use one of dai-hoi, ton-vinh, so-ket, tong-ket, phat-dong, trao-tang, tap-huan, khac.',
  tinh: 'Tham số tinh không hợp lệ: dùng đường dẫn (slug) của một tỉnh, thành phố, ví dụ ha-noi. / Unknown tinh (province): use a province slug such as ha-noi.',
}

/** `/su-kien/lich.ics[?loai=…&tinh=…]`: every published event, or those of one kind and/or province. */
export const serveEventsCalendar = async ({ locale, request }: { locale: Locale; request: Request }): Promise<Response> => {
  const parsed = parseCalendarFilters(new URL(request.url).searchParams)
  if ('error' in parsed) return plainText(400, BAD_FILTER[parsed.error])
  const result = await listCalendarEvents(parsed.filters, locale)
  if (!result) return plainText(400, BAD_FILTER.tinh)
  const paths = pathsFor(locale)
  const kind = parsed.filters.kind ? optionLabel([...eventKinds], parsed.filters.kind, locale) : ''
  const name = [eventWords(locale).calendarName, kind, result.provinceName].filter(Boolean).join(' – ')
  const body = renderCalendar({ events: result.events, locale, name, origin: siteUrl(), pagePath: paths.event })
  return calendarResponse({ body, request, updated: result.updated })
}

/** `/su-kien/<slug>/lich.ics`: one published event as a file to open in a calendar app; 404 otherwise. */
export const serveEventIcs = async ({ locale, request, slug }: { locale: Locale; request: Request; slug: string }): Promise<Response> => {
  const event = /^[a-z0-9-]{1,200}$/.test(slug) ? await getCalendarEvent(slug, locale) : null
  if (!event) return plainText(404, 'Không tìm thấy sự kiện này hoặc sự kiện chưa được công bố. / No such published event.')
  const body = renderCalendar({ events: [event], locale, name: event.title, origin: siteUrl(), pagePath: pathsFor(locale).event })
  return calendarResponse({ body, fileName: `${slug}.ics`, request, updated: event.updatedAt })
}
