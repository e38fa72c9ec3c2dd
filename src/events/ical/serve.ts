import { eventKinds } from '@/collections/Events/options'
import type { Locale } from '@/i18n/locales'
import { plainTextResponse as plainText, pollableResponse } from '@/lib/http/pollableResponse'
import { optionLabel } from '@/lib/text/optionLabel'
import { pathsFor, siteUrl } from '@/lib/urls/sitePaths'
import { parseCalendarFilters } from '../filters'
import { eventWords } from '../words'
import { renderCalendar } from './calendar'
import { getCalendarEvent, listCalendarEvents } from './queries'

const CALENDAR = 'text/calendar'

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
  const kind = parsed.filters.kind ? optionLabel(eventKinds, parsed.filters.kind, locale) : ''
  const name = [eventWords(locale).calendarName, kind, result.provinceName].filter(Boolean).join(' – ')
  const body = renderCalendar({ events: result.events, locale, name, origin: siteUrl(), pagePath: paths.event })
  return pollableResponse({ body, contentType: CALENDAR, request, updated: result.updated })
}

/** `/su-kien/<slug>/lich.ics`: one published event as a file to open in a calendar app; 404 otherwise. */
export const serveEventIcs = async ({ locale, request, slug }: { locale: Locale; request: Request; slug: string }): Promise<Response> => {
  const event = /^[a-z0-9-]{1,200}$/.test(slug) ? await getCalendarEvent(slug, locale) : null
  if (!event) return plainText(404, 'Không tìm thấy sự kiện này hoặc sự kiện chưa được công bố. / No such published event.')
  const body = renderCalendar({ events: [event], locale, name: event.title, origin: siteUrl(), pagePath: pathsFor(locale).event })
  // One event downloads as a file ("add to calendar"); the whole calendar stays inline for subscribing.
  return pollableResponse({ body, contentType: CALENDAR, fileName: `${slug}.ics`, request, updated: event.updatedAt })
}
