import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { Breadcrumbs } from '@/components/Breadcrumbs'
import { localeOf } from '@/i18n'
import { alternatesFor } from '@/lib/seo/alternates'
import { pathsFor } from '@/lib/urls/sitePaths'
import { MonthCalendar } from '../components/MonthCalendar'
import '../components/events.css'
import { eventsMonthPath } from '../paths'
import { listMonthEvents } from '../queries'
import { dayKeyOf, type MonthKey, monthKeyString, monthOf, parseMonthKey, shiftMonth } from '../time'
import { eventWords } from '../words'

type Props = { params: Promise<{ locale: string; month: string }> }

/** Months outside 1945–2100 or not `YYYY-MM` are not pages: 404. */
const monthFrom = async (params: Props['params']): Promise<MonthKey | null> => parseMonthKey((await params).month)

export const monthMetadata = async ({ params }: Props): Promise<Metadata> => {
  const locale = await localeOf(params)
  const month = await monthFrom(params)
  const w = eventWords(locale)
  if (!month) return { title: w.title }
  return { alternates: alternatesFor(locale, eventsMonthPath('vi', monthKeyString(month))), description: w.description, title: w.monthTitle(month.month, month.year) }
}

const inRange = (m: MonthKey) => m.year >= 1945 && m.year <= 2100

/** /su-kien/thang/YYYY-MM: the month's calendar, with links to the months before and after. */
export const MonthPage = async ({ params }: Props) => {
  const locale = await localeOf(params)
  const month = await monthFrom(params)
  if (!month) notFound()
  const w = eventWords(locale)
  const paths = pathsFor(locale)
  const events = await listMonthEvents(month, locale)
  // "Today" is marked as of this render; the route is rendered again every half hour.
  const now = new Date()
  const [previous, next, current] = [shiftMonth(month, -1), shiftMonth(month, 1), monthOf(now)]
  const path = eventsMonthPath(locale, monthKeyString(month))
  return (
    <div className="container events">
      <Breadcrumbs items={[{ href: paths.events, label: w.title }, { href: path, label: w.monthHeading(month.month, month.year) }]} locale={locale} />
      <h1>{w.monthTitle(month.month, month.year)}</h1>
      <nav aria-label={w.changeMonth} className="month-nav">
        {inRange(previous) ? (
          <a href={eventsMonthPath(locale, monthKeyString(previous))} rel="prev">
            {w.previousMonth}
          </a>
        ) : <span />}
        <a aria-current={monthKeyString(current) === monthKeyString(month) ? 'page' : undefined} href={eventsMonthPath(locale, monthKeyString(current))}>
          {w.thisMonth}
        </a>
        {inRange(next) ? (
          <a href={eventsMonthPath(locale, monthKeyString(next))} rel="next">
            {w.nextMonth}
          </a>
        ) : <span />}
      </nav>
      <MonthCalendar events={events} locale={locale} month={month} today={dayKeyOf(now)} />
      <p className="event-tools-inline">
        <a href={paths.events}>{w.upcomingHeading}</a> · <a href={paths.eventsCalendar} type="text/calendar">{w.calendarFile}</a>
      </p>
    </div>
  )
}
