import { Breadcrumbs } from '@/components/Breadcrumbs'
import { Pagination } from '@/components/Pagination'
import type { Locale } from '@/i18n/locales'
import type { SearchParams } from '@/lib/filters/params'
import { getTaxonomies } from '@/lib/queries/taxonomies'
import { pathsFor } from '@/lib/urls/sitePaths'
import { eventFilterParams, eventListingHref, kindParam, parseEventFilters } from '../filters'
import { eventsMonthPath } from '../paths'
import { listEvents } from '../queries'
import { monthKeyString, monthOf } from '../time'
import { eventWords } from '../words'
import { EventFilterForm } from './EventFilterForm'
import { EventItem, type ListedEvent } from './EventItem'
import './events.css'

/** Past events by month of their start in Vietnam, newest month first (the list is already newest first). */
const byMonth = <E extends ListedEvent>(events: E[]) => {
  const groups: { events: E[]; key: string; month: number; year: number }[] = []
  for (const event of events) {
    const month = monthOf(event.start)
    const key = monthKeyString(month)
    if (groups.at(-1)?.key !== key) groups.push({ events: [], key, ...month })
    groups.at(-1)?.events.push(event)
  }
  return groups
}

/** /su-kien for one set of URL filters: upcoming first (soonest first), then past ones by month. */
export const EventListing = async ({ locale, params }: { locale: Locale; params: SearchParams }) => {
  const w = eventWords(locale)
  const paths = pathsFor(locale)
  const filters = parseEventFilters(params)
  const [data, { provinces }] = await Promise.all([listEvents(filters, locale), getTaxonomies(locale)])
  // The page is rendered again at least every half hour (see CLOCK_BOUND), so "now" here is never older than that.
  const now = new Date()
  const filterParams = eventFilterParams(filters)
  const without = (key: string) => eventListingHref(paths.events, Object.fromEntries(Object.entries(filterParams).filter(([k]) => k !== key)))
  const calendarParams: Record<string, string> = {}
  if (filters.kind) calendarParams.loai = kindParam(filters.kind)
  if (filters.province) calendarParams.tinh = filters.province
  const notes = [
    data.subjects.movement ? { href: without('phong-trao'), key: 'phong-trao', text: w.forMovement(data.subjects.movement.name) } : null,
    data.subjects.exemplar ? { href: without('dien-hinh'), key: 'dien-hinh', text: w.forExemplar(data.subjects.exemplar.name) } : null,
  ].filter((n) => n !== null)
  return (
    <div className="container events">
      <Breadcrumbs items={[{ href: paths.events, label: w.title }]} locale={locale} />
      <h1>{w.title}</h1>
      <ul className="event-tools">
        <li>
          <a href={eventsMonthPath(locale, monthKeyString(monthOf(now)))}>{w.monthView}</a>
        </li>
        <li>
          <a href={eventListingHref(paths.eventsCalendar, calendarParams)} type="text/calendar">
            {w.calendarFile}
          </a>
        </li>
      </ul>
      <EventFilterForm filters={filters} locale={locale} now={now} provinces={provinces.map((p) => ({ label: p.name, value: p.slug ?? '' }))} />
      {notes.map((note) => (
        <p className="note" key={note.key}>
          {note.text} <a href={note.href}>{w.removeFilter}</a>
        </p>
      ))}
      {data.page === 1 ? (
        <section aria-labelledby="sap-dien-ra">
          <h2 id="sap-dien-ra">{w.upcomingHeading}</h2>
          {data.upcoming.length ? (
            <ul className="event-list">
              {data.upcoming.map((event) => (
                <EventItem event={event} key={event.id} level={3} locale={locale} now={now} />
              ))}
            </ul>
          ) : (
            <p className="empty">{w.upcomingEmpty}</p>
          )}
        </section>
      ) : null}
      <section aria-labelledby="da-dien-ra">
        <h2 id="da-dien-ra">{w.pastHeading}</h2>
        <p aria-live="polite" className="meta">
          {w.count(data.totalPast)}
        </p>
        {data.past.length === 0 && data.upcoming.length === 0 ? <p className="empty">{w.empty}</p> : null}
        {byMonth(data.past).map((group) => (
          <section aria-labelledby={`thang-${group.key}`} key={group.key}>
            <h3 id={`thang-${group.key}`}>{w.monthHeading(group.month, group.year)}</h3>
            <ul className="event-list">
              {group.events.map((event) => (
                <EventItem event={event} key={event.id} level={4} locale={locale} now={now} />
              ))}
            </ul>
          </section>
        ))}
      </section>
      <Pagination basePath={paths.events} locale={locale} page={data.page} params={filterParams} totalPages={data.totalPages} />
    </div>
  )
}
