import { awardForms } from '@/collections/Awards/options'
import { eventKinds } from '@/collections/Events/options'
import { movementStatuses } from '@/collections/Movements/status'
import { nomineeOf } from '@/consultation/components/nominee'
import { EventWhen } from '@/events/components/EventWhen'
import type { ListedEvent } from '@/events/components/EventItem'
import { dictionary, type Locale } from '@/i18n'
import { formatDate } from '@/lib/dates/format'
import { optionLabel } from '@/lib/text/optionLabel'
import { pathsFor } from '@/lib/urls/sitePaths'
import type { Article, Column, Movement, Nomination } from '@/payload-types'
import { homeLabels } from '../labels'
import { HomeItem, HomeSection } from './HomeSection'

type ListedMovement = Pick<Movement, 'id' | 'name' | 'period' | 'slug' | 'status'>

export const MovementsList = ({ locale, movements }: { locale: Locale; movements: ListedMovement[] }) => {
  const t = dictionary(locale)
  const paths = pathsFor(locale)
  return (
    <HomeSection count={movements.length} empty={homeLabels(locale).noMovements} heading={t.home.movements} id="phong-trao" more={{ href: paths.movements, label: homeLabels(locale).allMovements }}>
      {movements.map((movement) => (
        <HomeItem href={paths.movement(movement.slug ?? '')} key={movement.id} title={movement.name}>
          <p className="meta">
            {optionLabel(movementStatuses, movement.status, locale)} · {t.common.since(formatDate(movement.period?.start))}
            {movement.period?.end ? t.common.until(formatDate(movement.period.end)) : ''}
          </p>
        </HomeItem>
      ))}
    </HomeSection>
  )
}

type ColumnLead = { article: Pick<Article, 'id' | 'publishedAt' | 'slug' | 'title'>; column: Pick<Column, 'id' | 'name' | 'slug'> }

export const ColumnLeads = ({ leads, locale }: { leads: ColumnLead[]; locale: Locale }) => {
  const paths = pathsFor(locale)
  if (!leads.length) return null
  return (
    <HomeSection count={leads.length} heading={homeLabels(locale).columns} id="chuyen-muc" more={{ href: paths.columns, label: dictionary(locale).nav.columns }}>
      {leads.map(({ article, column }) => (
        <HomeItem href={paths.article(column.slug ?? '', article.slug ?? '')} key={column.id} title={article.title}>
          <p className="meta">
            {column.name}
            {article.publishedAt ? ` · ${formatDate(article.publishedAt)}` : ''}
          </p>
        </HomeItem>
      ))}
    </HomeSection>
  )
}

type ListedNomination = Pick<Nomination, 'closesAt' | 'form' | 'id' | 'nominee' | 'nomineeKind' | 'nomineeName' | 'nomineeUnit' | 'province' | 'slug' | 'title'>

export const OpenConsultations = ({ locale, nominations }: { locale: Locale; nominations: ListedNomination[] }) => {
  const t = homeLabels(locale)
  const paths = pathsFor(locale)
  return (
    <HomeSection count={nominations.length} empty={t.noConsultations} heading={t.consultations} id="lay-y-kien" more={{ href: paths.consultations, label: t.allConsultations }}>
      {nominations.map((n) => {
        const nominee = nomineeOf(n)
        return (
          <HomeItem href={paths.consultation(n.slug ?? '')} key={n.id} title={nominee.name}>
            <p className="meta" lang="vi">
              {n.title} · {optionLabel(awardForms, n.form, locale)}
              {nominee.unit ? ` · ${nominee.unit}` : ''}
            </p>
            {n.closesAt ? <p className="meta">{t.closes(formatDate(n.closesAt))}</p> : null}
          </HomeItem>
        )
      })}
    </HomeSection>
  )
}

export const NextEvents = ({ events, locale }: { events: ListedEvent[]; locale: Locale }) => {
  const t = homeLabels(locale)
  const paths = pathsFor(locale)
  return (
    <HomeSection count={events.length} empty={t.noEvents} heading={t.events} id="su-kien" more={{ href: paths.events, label: t.allEvents }}>
      {events.map((event) => {
        const province = event.province && typeof event.province === 'object' ? event.province.name : null
        return (
          <HomeItem href={paths.event(event.slug ?? '')} key={event.id} title={event.title}>
            <p className="meta">
              <EventWhen event={event} locale={locale} />
              {event.venue ? ` · ${event.venue}` : ''}
              {province ? ` · ${province}` : ''}
            </p>
            <p className="meta">{optionLabel(eventKinds, event.kind, locale)}</p>
          </HomeItem>
        )
      })}
    </HomeSection>
  )
}
