import Link from 'next/link'

import { procedureLevels } from '@/collections/Procedures/options'
import { UntranslatedNote } from '@/components/LanguageSwitch'
import { dictionary, type Locale } from '@/i18n'
import { formatDate } from '@/lib/dates/format'
import { optionLabel } from '@/lib/text/optionLabel'
import { pathsFor } from '@/lib/urls/sitePaths'
import type { Procedure } from '@/payload-types'
import { dossierRows, paragraphsOf, publishedLegalBasis } from '../present'
import { DossierTable } from './DossierTable'

type Props = { lang?: Locale; locale: Locale; procedure: Procedure; translated: boolean }

const Paragraphs = ({ lang, text }: { lang?: Locale; text: string | null | undefined }) => paragraphsOf(text).map((p, i) => <p key={i} lang={lang}>{p}</p>)

/** A procedure laid out like the National Public Service Portal's entry, in the order a person prepares it. */
export const ProcedureDetail = ({ lang, locale, procedure: p, translated }: Props) => {
  const t = dictionary(locale).procedures
  const paths = pathsFor(locale)
  const steps = p.steps ?? []
  const dossier = dossierRows(p.dossier)
  const legalBasis = publishedLegalBasis(p.legalBasis)
  const fact = (label: string, value: string | null | undefined) => (value ? <><dt>{label}</dt><dd lang={lang}>{value}</dd></> : null)
  return (
    <article className="procedure">
      <UntranslatedNote locale={locale} translated={translated} />
      <p className="badge">{optionLabel(procedureLevels, p.level, locale)}</p>
      <h1 lang={lang}>{p.name}</h1>
      {p.summary ? <p className="lead" lang={lang}>{p.summary}</p> : null}
      <dl className="facts">
        <dt>{t.code}</dt>
        <dd>{p.code ? p.code : <span className="meta">{t.noCode}</span>}</dd>
        <dt>{t.level}</dt>
        <dd>{optionLabel(procedureLevels, p.level, locale)}</dd>
        {fact(t.field, p.field)}
        {fact(t.agency, p.agency)}
        {fact(t.processingTime, p.processingTime)}
        {fact(t.fees, p.fees)}
        {fact(t.result, p.result)}
      </dl>
      {p.applicants ? (
        <section aria-labelledby="doi-tuong" className="section">
          <h2 id="doi-tuong">{t.applicants}</h2>
          <Paragraphs lang={lang} text={p.applicants} />
        </section>
      ) : null}
      {steps.length ? (
        <section aria-labelledby="trinh-tu" className="section">
          <h2 id="trinh-tu">{t.steps}</h2>
          <ol className="procedure-steps">
            {steps.map((s, i) => (
              <li key={s.id ?? i}>
                <h3 className="h3" lang={lang}>{s.title}</h3>
                <Paragraphs lang={lang} text={s.detail} />
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      {dossier.length ? (
        <section aria-labelledby="ho-so" className="section">
          <h2 id="ho-so">{t.dossier}</h2>
          <DossierTable lang={lang} locale={locale} rows={dossier} />
          {p.copies ? <p><strong>{t.copies}:</strong> <span lang={lang}>{p.copies}</span></p> : null}
        </section>
      ) : null}
      {legalBasis.length ? (
        <section aria-labelledby="can-cu" className="section">
          <h2 id="can-cu">{t.legalBasis}</h2>
          <ul className="list">
            {legalBasis.map((d) => (
              <li key={d.id}>
                <Link href={paths.document(d.slug ?? '')}>
                  {d.number} – {d.title}
                </Link>
                {d.issuedDate ? <span className="meta"> ({formatDate(d.issuedDate)})</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {p.portalUrl ? (
        <p className="procedure-portal">
          <a href={p.portalUrl} rel="noopener external">
            {t.portal}
          </a>{' '}
          <span className="meta">{t.portalHint}</span>
        </p>
      ) : null}
      <p className="note" role="note">
        {t.readableNote}
      </p>
    </article>
  )
}
