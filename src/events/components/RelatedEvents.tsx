import type { Locale } from '@/i18n/locales'
import { pathsFor } from '@/lib/urls/sitePaths'
import { eventListingHref } from '../filters'
import { listEventsFor } from '../queries'
import { eventPhase } from '../time'
import { eventWords } from '../words'
import { EventItem } from './EventItem'
import './events.css'

const RECENT_PAST = 5

type Props = { field: 'relatedExemplars' | 'relatedMovements'; id: number | string; locale: Locale; slug?: string | null }

/**
 * "Sự kiện" on a movement's or exemplar's page: its published events still
 * to come (soonest first), then the latest past ones, and a link to the
 * listing narrowed to it. One read; split by the clock when the page renders
 * (the page is rendered again at least hourly: the read's cache period).
 */
export const RelatedEvents = async ({ field, id, locale, slug }: Props) => {
  const events = await listEventsFor({ field, id, locale })
  if (events.length === 0) return null
  const w = eventWords(locale)
  const now = new Date()
  const coming = events.filter((e) => eventPhase(e, now) !== 'past').reverse()
  const past = events.filter((e) => eventPhase(e, now) === 'past').slice(0, RECENT_PAST)
  const param = field === 'relatedMovements' ? 'phong-trao' : 'dien-hinh'
  const groups = [
    { events: coming, id: 'su-kien-sap-dien-ra', title: w.upcoming },
    { events: past, id: 'su-kien-gan-day', title: w.recent },
  ].filter((g) => g.events.length)
  return (
    <section aria-labelledby="su-kien" className="related-events">
      <h2 id="su-kien">{w.sectionTitle}</h2>
      {groups.map((group) => (
        <section aria-labelledby={group.id} key={group.id}>
          <h3 id={group.id}>{group.title}</h3>
          <ul className="event-list">
            {group.events.map((event) => (
              <EventItem event={event} key={event.id} level={4} locale={locale} now={now} />
            ))}
          </ul>
        </section>
      ))}
      {slug ? (
        <p>
          <a href={eventListingHref(pathsFor(locale).events, { [param]: slug })}>{w.seeAll}</a>
        </p>
      ) : null}
    </section>
  )
}
