import Link from 'next/link'

import { exemplarFlags, exemplarKinds, exemplarStages } from '@/collections/Exemplars/options'
import { dictionary, type Locale } from '@/i18n'
import { formatDate } from '@/lib/dates/format'
import { optionLabel } from '@/lib/text/optionLabel'
import { pathsFor, siteUrl } from '@/lib/urls/sitePaths'
import type { Award, Exemplar, Movement } from '@/payload-types'
import { Figure, isMedia } from '@/components/Figure'
import { JsonLd } from '@/components/JsonLd'
import { LinkListSection } from '@/components/LinkListSection'
import { contentLang, UntranslatedNote } from '@/components/LanguageSwitch'
import { RichText } from '@/components/RichText'
import { ShareLinks } from '@/components/ShareLinks'
import { type CardExemplar, ExemplarCard } from './ExemplarCard'

const named = (value: unknown): { name: string; slug?: string | null } | null =>
  value && typeof value === 'object' && 'name' in value ? (value as { name: string; slug?: string | null }) : null

type Props = { exemplar: Exemplar; locale: Locale; related: CardExemplar[]; translated: boolean }

export const ExemplarProfile = ({ exemplar, locale, related, translated }: Props) => {
  const t = dictionary(locale)
  const paths = pathsFor(locale)
  const lang = contentLang(locale, translated)
  const province = named(exemplar.province)
  const sector = named(exemplar.sector)
  const awards = (exemplar.awards?.docs ?? []).filter((a): a is Award => typeof a === 'object')
  const movements = (exemplar.relatedMovements ?? []).filter((m): m is Movement => typeof m === 'object')
  const flags = exemplarFlags.filter((f) => exemplar.flags?.[f.name])
  const path = paths.exemplar(exemplar.slug ?? '')
  return (
    <article className="profile">
      <JsonLd
        data={{
          '@context': 'https://schema.org',
          '@type': exemplar.kind === 'collective' ? 'Organization' : 'Person',
          ...(exemplar.kind === 'individual' && exemplar.organization ? { worksFor: { '@type': 'Organization', name: exemplar.organization } } : {}),
          ...(exemplar.position ? { jobTitle: exemplar.position } : {}),
          award: awards.map((a) => a.awardTitle),
          description: exemplar.summary,
          name: exemplar.name,
          url: `${siteUrl()}${path}`,
        }}
      />
      <UntranslatedNote locale={locale} translated={translated} />
      <header className="profile-header">
        <div>
          <p className="badge">{optionLabel(exemplarStages, exemplar.stage, locale)}</p>
          <h1 lang={lang}>{exemplar.name}</h1>
          <dl className="facts">
            <dt>{t.exemplars.kind}</dt>
            <dd>{optionLabel(exemplarKinds, exemplar.kind, locale)}</dd>
            {exemplar.position ? (<><dt>{t.exemplars.position}</dt><dd lang={lang}>{exemplar.position}</dd></>) : null}
            {exemplar.organization ? (<><dt>{t.exemplars.organization}</dt><dd lang={lang}>{exemplar.organization}</dd></>) : null}
            {province ? (<><dt>{t.exemplars.locality}</dt><dd>{[exemplar.commune, province.name].filter(Boolean).join(', ')}</dd></>) : null}
            {sector ? (<><dt>{t.exemplars.sector}</dt><dd>{sector.name}</dd></>) : null}
            {exemplar.yearRecognized ? (<><dt>{t.exemplars.yearRecognized}</dt><dd>{exemplar.yearRecognized}</dd></>) : null}
          </dl>
          {flags.length ? (
            <ul aria-label={t.exemplars.flags} className="tags">
              {flags.map((f) => (
                <li key={f.name}>{f.label[locale]}</li>
              ))}
            </ul>
          ) : null}
        </div>
        <Figure image={exemplar.portrait} locale={locale} priority size="card" />
      </header>
      {exemplar.summary ? <p className="lead" lang={lang}>{exemplar.summary}</p> : null}
      <ShareLinks locale={locale} path={path} title={exemplar.name} />
      <RichText data={exemplar.story} lang={lang} locale={locale} />
      {exemplar.achievements?.length ? (
        <section aria-labelledby="thanh-tich">
          <h2 id="thanh-tich">{t.exemplars.achievements}</h2>
          <ul className="timeline" lang={lang}>
            {[...exemplar.achievements].sort((a, b) => a.year - b.year).map((a) => (
              <li key={a.id ?? `${a.year}-${a.text}`}>
                <strong>{a.year}</strong> {a.text}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <LinkListSection
        id="khen-thuong"
        items={awards.map((a) => ({ href: paths.award(a.slug ?? ''), key: a.id, label: a.awardTitle, meta: <p className="meta">{t.common.decision(a.decisionNumber, formatDate(a.decisionDate))}</p> }))}
        title={t.exemplars.awards}
      />
      <LinkListSection id="phong-trao" items={movements.map((m) => ({ href: paths.movement(m.slug ?? ''), key: m.id, label: m.name }))} title={t.exemplars.movements} />
      {exemplar.gallery?.length ? (
        <section aria-labelledby="thu-vien-anh">
          <h2 id="thu-vien-anh">{t.exemplars.gallery}</h2>
          <div className="gallery">
            {exemplar.gallery.map((g) => (isMedia(g.image) ? <Figure image={g.image} key={g.id ?? g.image.id} locale={locale} size="card" /> : null))}
          </div>
        </section>
      ) : null}
      {exemplar.sources?.length ? (
        <section aria-labelledby="nguon">
          <h2 id="nguon">{t.exemplars.sources}</h2>
          <ul className="sources">
            {exemplar.sources.map((s) => (
              <li key={s.id ?? s.title}>
                {s.url ? <a href={s.url}>{s.title}</a> : s.title}
                {s.issuer ? `, ${s.issuer}` : ''}
                {s.date ? `, ${formatDate(s.date)}` : ''}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {related.length ? (
        <section aria-labelledby="lien-quan">
          <h2 id="lien-quan">{t.exemplars.related}</h2>
          <ul className="cards">
            {related.map((r) => (
              <ExemplarCard exemplar={r} key={r.id} locale={locale} />
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  )
}
