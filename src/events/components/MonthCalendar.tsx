import Link from 'next/link'

import type { Locale } from '@/i18n/locales'
import { pathsFor } from '@/lib/urls/sitePaths'
import { buildMonthGrid, type GridDay } from '../monthGrid'
import { clockTime, type DayKey, dayKeyOf, dayStart, formatDay, type MonthKey, vietnamParts } from '../time'
import { eventWords } from '../words'
import type { ListedEvent } from './EventItem'

/** A timed event shows its start time on its first day; the days it continues on show the title alone. */
const EventLink = ({ day, event, locale }: { day: DayKey; event: ListedEvent; locale: Locale }) => (
  <Link href={pathsFor(locale).event(event.slug ?? '')}>
    {!event.allDay && dayKeyOf(event.start) === day ? <span className="event-time">{clockTime(event.start)} </span> : null}
    {event.title}
  </Link>
)

const DayEvents = ({ cell, locale }: { cell: GridDay<ListedEvent>; locale: Locale }) =>
  cell.events.length ? (
    <ul>
      {cell.events.map((event) => (
        <li key={event.id}>
          <EventLink day={cell.key} event={event} locale={locale} />
        </li>
      ))}
    </ul>
  ) : null

/**
 * The month as a real table (caption, weekday column headers, weeks from
 * Monday; today marked with aria-current), and the same days with events as
 * a list that replaces the table on narrow screens (events.css). No script.
 */
export const MonthCalendar = ({ events, locale, month, today }: { events: ListedEvent[]; locale: Locale; month: MonthKey; today: DayKey }) => {
  const w = eventWords(locale)
  const weeks = buildMonthGrid({ events, month, today })
  const days = weeks.flat().filter((cell): cell is GridDay<ListedEvent> => cell !== null)
  const withEvents = days.filter((cell) => cell.events.length)
  return (
    <>
      <table className="month-grid">
        <caption>{w.monthCaption(month.month, month.year)}</caption>
        <thead>
          <tr>
            {w.weekdays.map(([short, long]) => (
              <th key={short} scope="col">
                <abbr title={long}>{short}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week, i) => (
            <tr key={week.find(Boolean)?.key ?? i}>
              {week.map((cell, j) =>
                cell ? (
                  <td aria-current={cell.isToday ? 'date' : undefined} className={cell.isToday ? 'today' : undefined} key={cell.key}>
                    <span className="day-number">
                      {cell.day}
                      {cell.isToday ? <span className="visually-hidden"> ({w.today})</span> : null}
                    </span>
                    <DayEvents cell={cell} locale={locale} />
                  </td>
                ) : (
                  <td className="outside" key={`blank-${i}-${j}`} />
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <div className="month-agenda">
        {withEvents.length ? (
          <ol>
            {withEvents.map((cell) => (
              <li aria-current={cell.isToday ? 'date' : undefined} className={cell.isToday ? 'today' : undefined} key={cell.key}>
                <h2 className="h3">
                  {w.weekdays[vietnamParts(dayStart(cell.key)).weekday][1]}, {formatDay(cell.key)}
                  {cell.isToday ? ` (${w.today})` : null}
                </h2>
                <DayEvents cell={cell} locale={locale} />
              </li>
            ))}
          </ol>
        ) : null}
      </div>
      {events.length === 0 ? <p className="empty">{w.noEventsThisMonth}</p> : null}
    </>
  )
}
