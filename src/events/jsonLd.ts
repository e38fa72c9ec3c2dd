import type { Locale } from '@/i18n/locales'
import { eventDays, type EventTiming, isoInVietnam } from './time'
import { eventWords } from './words'

type Source = EventTiming & {
  livestreamUrl?: string | null
  organizer?: string | null
  summary?: string | null
  title: string
  venue?: string | null
}

const ORG = 'https://schema.org/'

/** Online only when there is a livestream and nowhere to go; both when there are both. */
const attendanceMode = (event: Source, provinceName?: string): string => {
  if (!event.livestreamUrl) return `${ORG}OfflineEventAttendanceMode`
  return event.venue || provinceName ? `${ORG}MixedEventAttendanceMode` : `${ORG}OnlineEventAttendanceMode`
}

/** All-day events carry dates (`2026-12-15`); timed ones the instant with Vietnam's offset. */
const dates = (event: Source): { endDate?: string; startDate: string } => {
  if (event.allDay) {
    const { first, last } = eventDays(event)
    return last === first ? { startDate: first } : { endDate: last, startDate: first }
  }
  return event.end ? { endDate: isoInVietnam(event.end), startDate: isoInVietnam(event.start) } : { startDate: isoInVietnam(event.start) }
}

/**
 * schema.org Event for an event page. The place names the venue and its
 * province in Viet Nam; a livestream adds a VirtualLocation.
 */
export const eventJsonLd = ({ event, image, locale, provinceName, url }: { event: Source; image?: string; locale: Locale; provinceName?: string; url: string }): Record<string, unknown> => {
  const place =
    event.venue || provinceName
      ? { '@type': 'Place', address: { '@type': 'PostalAddress', addressCountry: 'VN', addressRegion: provinceName, name: [provinceName, eventWords(locale).vietnam].filter(Boolean).join(', ') }, name: event.venue ?? provinceName }
      : null
  const virtual = event.livestreamUrl ? { '@type': 'VirtualLocation', url: event.livestreamUrl } : null
  const locations = [place, virtual].filter(Boolean)
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    ...dates(event),
    description: event.summary ?? undefined,
    eventAttendanceMode: attendanceMode(event, provinceName),
    eventStatus: `${ORG}EventScheduled`,
    image: image ? [image] : undefined,
    inLanguage: locale,
    location: locations.length === 1 ? locations[0] : locations.length ? locations : undefined,
    name: event.title,
    organizer: event.organizer ? { '@type': 'Organization', name: event.organizer } : undefined,
    url,
  }
}
