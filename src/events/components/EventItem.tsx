import Link from 'next/link'

import { eventKinds } from '@/collections/Events/options'
import type { Locale } from '@/i18n/locales'
import { optionLabel } from '@/lib/text/optionLabel'
import { pathsFor } from '@/lib/urls/sitePaths'
import type { Event } from '@/payload-types'
import { eventPhase } from '../time'
import { eventPlace } from '../place'
import { eventWords } from '../words'
import { EventWhen } from './EventWhen'

export type ListedEvent = Pick<Event, 'allDay' | 'end' | 'id' | 'kind' | 'province' | 'slug' | 'start' | 'title' | 'venue'>

/** One event in a list: its title (a heading at `level`), when in Vietnam's time, kind, venue and province. */
export const EventItem = ({ event, level, locale, now }: { event: ListedEvent; level: 2 | 3 | 4; locale: Locale; now: Date }) => {
  const Heading = `h${level}` as const
  const w = eventWords(locale)
  const ongoing = eventPhase(event, now) === 'ongoing'
  const where = eventPlace(event)
  return (
    <li className="event-item">
      <Heading className="h3">
        <Link href={pathsFor(locale).event(event.slug ?? '')}>{event.title}</Link>
      </Heading>
      <p className="event-when">
        <EventWhen event={event} locale={locale} />
        {ongoing ? <span className="badge"> {w.phases.ongoing}</span> : null}
      </p>
      <p className="meta">
        {optionLabel(eventKinds, event.kind, locale)}
        {where ? ` · ${where}` : ''}
      </p>
    </li>
  )
}
