import { eventKinds } from '@/collections/Events/options'
import { Figure, isMedia } from '@/components/Figure'
import { JsonLd } from '@/components/JsonLd'
import { contentLang, UntranslatedNote } from '@/components/LanguageSwitch'
import { LinkListSection } from '@/components/LinkListSection'
import { RichText } from '@/components/RichText'
import { ShareLinks } from '@/components/ShareLinks'
import { dictionary, type Locale } from '@/i18n'
import { formatDate } from '@/lib/dates/format'
import { optionLabel } from '@/lib/text/optionLabel'
import { pathsFor, siteUrl } from '@/lib/urls/sitePaths'
import type { Award, Event, Exemplar, LegalDocument, Movement, Province } from '@/payload-types'
import { eventJsonLd } from '../jsonLd'
import { eventPhase } from '../time'
import { eventWords } from '../words'
import { EventWhen } from './EventWhen'

const objects = <T,>(values: (number | T)[] | null | undefined): T[] => (values ?? []).filter((v): v is T => typeof v === 'object' && v !== null)

type Props = { event: Event; locale: Locale; now: Date; translated: boolean }

/** An event's page: what, when (Vietnam time), where, who; programme, links, and what it relates to. */
export const EventDetail = ({ event, locale, now, translated }: Props) => {
  const w = eventWords(locale)
  const t = dictionary(locale)
  const paths = pathsFor(locale)
  const lang = contentLang(locale, translated)
  const province = typeof event.province === 'object' && event.province ? (event.province as Province) : null
  const path = paths.event(event.slug ?? '')
  const cover = isMedia(event.cover) ? event.cover : null
  const image = cover?.sizes?.feature?.url ?? cover?.url
  const movements = objects<Movement>(event.relatedMovements)
  const exemplars = objects<Exemplar>(event.relatedExemplars)
  const awards = objects<Award>(event.relatedAwards)
  const documents = objects<LegalDocument>(event.relatedDocuments)
  return (
    <article className="event">
      <JsonLd data={eventJsonLd({ event, image: image ? `${siteUrl()}${image}` : undefined, locale, provinceName: province?.name, url: `${siteUrl()}${path}` })} />
      <UntranslatedNote locale={locale} translated={translated} />
      <p>
        <span className="badge">{optionLabel(eventKinds, event.kind, locale)}</span> <span className="badge">{w.phases[eventPhase(event, now)]}</span>
      </p>
      <h1 lang={lang}>{event.title}</h1>
      <dl className="facts">
        <dt>{w.when}</dt>
        <dd>
          <EventWhen event={event} locale={locale} />
        </dd>
        {event.venue ? (<><dt>{w.venue}</dt><dd lang={lang}>{event.venue}</dd></>) : null}
        {province ? (<><dt>{t.common.province}</dt><dd>{province.name}</dd></>) : null}
        {event.organizer ? (<><dt>{w.organizer}</dt><dd lang={lang}>{event.organizer}</dd></>) : null}
      </dl>
      {event.summary ? <p className="lead" lang={lang}>{event.summary}</p> : null}
      <ul className="event-links">
        <li className="add-to-calendar">
          <a download={`${event.slug}.ics`} href={paths.eventIcs(event.slug ?? '')} type="text/calendar">
            {w.addToCalendar}
          </a>{' '}
          <span className="meta">{w.addToCalendarHint}</span>
        </li>
        {event.livestreamUrl ? (<li><a href={event.livestreamUrl} rel="noopener">{w.livestream}</a></li>) : null}
        {event.registrationUrl ? (<li><a href={event.registrationUrl} rel="noopener">{w.register}</a></li>) : null}
      </ul>
      <ShareLinks locale={locale} path={path} title={event.title} />
      <Figure image={event.cover} locale={locale} priority />
      {event.programme ? (
        <section aria-labelledby="chuong-trinh">
          <h2 id="chuong-trinh">{w.programme}</h2>
          <RichText data={event.programme} lang={lang} locale={locale} />
        </section>
      ) : null}
      <LinkListSection id="phong-trao" items={movements.map((m) => ({ href: paths.movement(m.slug ?? ''), key: m.id, label: m.name }))} title={w.movements} />
      <LinkListSection id="dien-hinh" items={exemplars.map((e) => ({ href: paths.exemplar(e.slug ?? ''), key: e.id, label: e.name }))} title={w.exemplars} />
      <LinkListSection
        id="khen-thuong"
        items={awards.map((a) => ({ href: paths.award(a.slug ?? ''), key: a.id, label: a.awardTitle, meta: <p className="meta">{t.common.decision(a.decisionNumber, formatDate(a.decisionDate))}</p> }))}
        title={w.awards}
      />
      <LinkListSection id="van-ban" items={documents.map((d) => ({ href: paths.document(d.slug ?? ''), key: d.id, label: `${d.number} – ${d.title}` }))} title={w.documents} />
    </article>
  )
}
