import { milestoneKinds, movementLevels, movementTypes } from '@/collections/Movements/options'
import { movementStatuses } from '@/collections/Movements/status'
import { formatDate } from '@/lib/dates/format'
import { optionLabel } from '@/lib/text/optionLabel'
import { dictionary, type Locale } from '@/i18n'
import { pathsFor, siteUrl } from '@/lib/urls/sitePaths'
import type { Article, Exemplar, LegalDocument, Movement } from '@/payload-types'
import { FileLink } from '@/components/FileLink'
import { LinkListSection } from '@/components/LinkListSection'
import { Figure } from '@/components/Figure'
import { JsonLd } from '@/components/JsonLd'
import { contentLang, UntranslatedNote } from '@/components/LanguageSwitch'
import { RichText } from '@/components/RichText'
import { ShareLinks } from '@/components/ShareLinks'
import { MovementTargets } from './MovementTargets'

const TextList = ({ id, items, lang, title }: { id: string; items?: { id?: string | null; text: string }[] | null; lang?: string; title: string }) =>
  items?.length ? (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <ul lang={lang}>
        {items.map((item) => (
          <li key={item.id ?? item.text}>{item.text}</li>
        ))}
      </ul>
    </section>
  ) : null

type Props = { columnSlugs: Record<string, string>; locale: Locale; movement: Movement; translated: boolean }

export const MovementDetail = ({ columnSlugs, locale, movement, translated }: Props) => {
  const t = dictionary(locale).movements
  const common = dictionary(locale).common
  const paths = pathsFor(locale)
  const lang = contentLang(locale, translated)
  const exemplars = (movement.exemplars?.docs ?? []).filter((e): e is Exemplar => typeof e === 'object')
  const news = (movement.news?.docs ?? []).filter((a): a is Article => typeof a === 'object')
  const documents = (movement.relatedDocuments ?? []).filter((d): d is LegalDocument => typeof d === 'object')
  const milestones = [...(movement.milestones ?? [])].sort((a, b) => a.date.localeCompare(b.date))
  return (
    <article>
      <JsonLd
        data={{
          '@context': 'https://schema.org',
          '@type': 'Event',
          description: movement.slogan ?? undefined,
          endDate: movement.period?.end ?? undefined,
          eventAttendanceMode: 'https://schema.org/MixedEventAttendanceMode',
          name: movement.name,
          organizer: movement.issuingBody ? { '@type': 'Organization', name: movement.issuingBody } : undefined,
          startDate: movement.period?.start,
          url: `${siteUrl()}${paths.movement(movement.slug ?? '')}`,
        }}
      />
      <UntranslatedNote locale={locale} translated={translated} />
      <p className="badge">{optionLabel(movementStatuses, movement.status, locale)}</p>
      <h1 lang={lang}>{movement.name}</h1>
      {movement.slogan ? <p className="lead" lang={lang}>“{movement.slogan}”</p> : null}
      <dl className="facts">
        <dt>{t.kind}</dt>
        <dd>{optionLabel(movementTypes, movement.type, locale)}</dd>
        <dt>{t.level}</dt>
        <dd>{optionLabel(movementLevels, movement.level, locale)}</dd>
        {movement.issuingBody ? (<><dt>{t.issuingBody}</dt><dd lang={lang}>{movement.issuingBody}</dd></>) : null}
        <dt>{t.period}</dt>
        <dd>
          {formatDate(movement.period?.start)}
          {movement.period?.end ? ` – ${formatDate(movement.period.end)}` : common.untilNow}
        </dd>
      </dl>
      <ShareLinks locale={locale} path={paths.movement(movement.slug ?? '')} title={movement.name} />
      <Figure image={movement.cover} locale={locale} priority />
      <TextList id="muc-tieu" items={movement.objectives} lang={lang} title={t.objectives} />
      <MovementTargets lang={lang} locale={locale} targets={movement.targets} />
      {/* Not "noi-dung": the layout's <main> has that id (the skip link's target). */}
      <TextList id="noi-dung-phong-trao" items={movement.content} lang={lang} title={t.content} />
      <TextList id="bien-phap" items={movement.measures} lang={lang} title={t.measures} />
      {movement.participants ? (
        <section aria-labelledby="doi-tuong">
          <h2 id="doi-tuong">{t.participants}</h2>
          <p lang={lang}>{movement.participants}</p>
        </section>
      ) : null}
      <TextList id="tieu-chi" items={movement.criteria} lang={lang} title={t.criteria} />
      {milestones.length ? (
        <section aria-labelledby="moc">
          <h2 id="moc">{t.milestones}</h2>
          <ol className="timeline">
            {milestones.map((m) => (
              <li key={m.id ?? m.date}>
                <h3>
                  {formatDate(m.date)} · {optionLabel(milestoneKinds, m.kind, locale)}
                  {m.title ? `: ${m.title}` : ''}
                </h3>
                <RichText data={m.report} lang={lang} locale={locale} />
                <FileLink file={m.attachment} locale={locale} />
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      <LinkListSection
        id="dien-hinh"
        items={exemplars.map((e) => ({ href: paths.exemplar(e.slug ?? ''), key: e.id, label: e.name, meta: e.organization ? <span className="meta"> · {e.organization}</span> : null }))}
        title={t.exemplars}
      />
      <LinkListSection
        id="tin-bai"
        items={news.map((a) => ({
          href: paths.article(columnSlugs[String(typeof a.column === 'object' ? a.column.id : a.column)] ?? '', a.slug ?? ''),
          key: a.id,
          label: a.title,
          meta: <span className="meta"> · {formatDate(a.publishedAt)}</span>,
        }))}
        title={t.news}
      />
      <LinkListSection id="van-ban" items={documents.map((d) => ({ href: paths.document(d.slug ?? ''), key: d.id, label: `${d.number} – ${d.title}` }))} title={t.documents} />
    </article>
  )
}
