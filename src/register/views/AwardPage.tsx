import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { awardForms } from '@/collections/Awards/options'
import { exemplarKinds } from '@/collections/Exemplars/options'
import { Breadcrumbs } from '@/components/Breadcrumbs'
import { FileLink } from '@/components/FileLink'
import { contentLang, UntranslatedNote } from '@/components/LanguageSwitch'
import { recipientsOf } from '../recipients'
import { dictionary, localeOf } from '@/i18n'
import { alternatesFor } from '@/lib/seo/alternates'
import { formatDate } from '@/lib/dates/format'
import { optionLabel } from '@/lib/text/optionLabel'
import { pathsFor, sitePaths } from '@/lib/urls/sitePaths'
import { getAward } from '../queries'
import { isTranslated } from '@/lib/queries/translation'

type Props = { params: Promise<{ locale: string; slug: string }> }

export const awardMetadata = async ({ params }: Props): Promise<Metadata> => {
  const locale = await localeOf(params)
  const t = dictionary(locale).awards
  const award = await getAward((await params).slug, locale)
  if (!award) return { title: dictionary(locale).common.notFoundTitle }
  return {
    alternates: alternatesFor(locale, sitePaths.award(award.slug ?? '')),
    description: award.reason ?? t.metaDescription(award.awardTitle, award.decisionNumber),
    title: t.metaTitle(award.awardTitle, award.decisionNumber),
  }
}

const named = (v: unknown) => (v && typeof v === 'object' && 'name' in v ? (v as { name: string; slug?: string | null }) : null)

export const AwardPage = async ({ params }: Props) => {
  const locale = await localeOf(params)
  const award = await getAward((await params).slug, locale)
  if (!award) notFound()
  const translated = await isTranslated({ collection: 'awards', id: award.id, locale })
  const t = dictionary(locale).awards
  const paths = pathsFor(locale)
  const lang = contentLang(locale, translated)
  const movement = named(award.movement)
  const province = named(award.province)
  const sector = named(award.sector)
  return (
    <div className="container">
      <Breadcrumbs items={[{ href: paths.awards, label: t.title }, { href: paths.award(award.slug ?? ''), label: award.decisionNumber }]} locale={locale} />
      <article>
        <UntranslatedNote locale={locale} translated={translated} />
        <p className="badge">{optionLabel(awardForms, award.form, locale)}</p>
        <h1 lang={lang}>{award.awardTitle}</h1>
        <dl className="facts">
          <dt>{t.decisionNumber}</dt>
          <dd>{award.decisionNumber}</dd>
          <dt>{t.decisionDate}</dt>
          <dd>{formatDate(award.decisionDate)}</dd>
          <dt>{t.issuer}</dt>
          <dd lang={lang}>{award.issuer}</dd>
          {province ? (<><dt>{dictionary(locale).exemplars.locality}</dt><dd>{province.name}</dd></>) : null}
          {sector ? (<><dt>{dictionary(locale).exemplars.sector}</dt><dd>{sector.name}</dd></>) : null}
          {movement ? (<><dt>{t.movement}</dt><dd><Link href={paths.movement(movement.slug ?? '')}>{movement.name}</Link></dd></>) : null}
        </dl>
        <section aria-labelledby="nguoi-duoc-khen">
          <h2 id="nguoi-duoc-khen">{t.recipients}</h2>
          <ul className="list">
            {recipientsOf(award, paths.exemplar).map((r) => (
              <li key={r.key}>
                {r.href ? <Link href={r.href}>{r.name}</Link> : r.name}
                <span className="meta">
                  {' '}
                  · {optionLabel(exemplarKinds, r.kind, locale)}
                  {r.unit ? ` · ${r.unit}` : ''}
                </span>
              </li>
            ))}
          </ul>
        </section>
        {award.reason ? (
          <section aria-labelledby="ly-do">
            <h2 id="ly-do">{t.reason}</h2>
            <p lang={lang}>{award.reason}</p>
          </section>
        ) : null}
        {award.scannedDecision ? (
          <p>
            {t.scan} <FileLink file={award.scannedDecision} locale={locale} />
          </p>
        ) : null}
      </article>
    </div>
  )
}

