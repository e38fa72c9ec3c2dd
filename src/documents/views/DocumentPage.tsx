import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { documentStatuses, documentTypes } from '@/collections/Documents/options'
import { Breadcrumbs } from '@/components/Breadcrumbs'
import { FileLink } from '@/components/FileLink'
import { JsonLd } from '@/components/JsonLd'
import { contentLang, UntranslatedNote } from '@/components/LanguageSwitch'
import { dictionary, localeOf } from '@/i18n'
import { alternatesFor } from '@/lib/seo/alternates'
import { formatDate } from '@/lib/dates/format'
import { optionLabel } from '@/lib/text/optionLabel'
import { pathsFor, sitePaths, siteUrl } from '@/lib/urls/sitePaths'
import { getDocument } from '../queries'
import { isTranslated } from '@/lib/queries/translation'
import { DocumentProcedures } from '@/procedures/components/DocumentProcedures'

type Props = { params: Promise<{ locale: string; slug: string }> }


export const documentMetadata = async ({ params }: Props): Promise<Metadata> => {
  const locale = await localeOf(params)
  const doc = await getDocument((await params).slug, locale)
  if (!doc) return { title: dictionary(locale).common.notFoundTitle }
  return { alternates: alternatesFor(locale, sitePaths.document(doc.slug ?? '')), description: doc.summary ?? undefined, title: `${doc.title} (${doc.number})` }
}

export const DocumentPage = async ({ params }: Props) => {
  const locale = await localeOf(params)
  const doc = await getDocument((await params).slug, locale)
  if (!doc) notFound()
  const translated = await isTranslated({ collection: 'documents', id: doc.id, locale })
  const t = dictionary(locale).documents
  const paths = pathsFor(locale)
  const lang = contentLang(locale, translated)
  // Linked only once the replacing document is published (a preview may populate a draft).
  const replacer = typeof doc.replacedBy === 'object' && doc.replacedBy?._status === 'published' ? doc.replacedBy : null
  return (
    <div className="container">
      <Breadcrumbs items={[{ href: paths.documents, label: t.title }, { href: paths.document(doc.slug ?? ''), label: doc.number }]} locale={locale} />
      <article>
        <JsonLd
          data={{
            '@context': 'https://schema.org',
            '@type': 'Legislation',
            datePublished: doc.issuedDate,
            inLanguage: lang ?? locale,
            legislationDate: doc.issuedDate,
            legislationIdentifier: doc.number,
            legislationPassedBy: doc.issuer ? { '@type': 'Organization', name: doc.issuer } : undefined,
            name: doc.title,
            url: `${siteUrl()}${paths.document(doc.slug ?? '')}`,
          }}
        />
        <UntranslatedNote locale={locale} translated={translated} />
        <p className="badge">{optionLabel(documentTypes, doc.type, locale)}</p>
        <h1 lang={lang}>{doc.title}</h1>
        <dl className="facts">
          <dt>{t.number}</dt>
          <dd>{doc.number}</dd>
          {doc.issuer ? (<><dt>{t.issuer}</dt><dd lang={lang}>{doc.issuer}</dd></>) : null}
          <dt>{t.issuedDate}</dt>
          <dd>{formatDate(doc.issuedDate)}</dd>
          {doc.effectiveDate ? (<><dt>{t.effectiveDate}</dt><dd>{formatDate(doc.effectiveDate)}</dd></>) : null}
          <dt>{t.status}</dt>
          <dd>{optionLabel(documentStatuses, doc.status, locale)}</dd>
          {replacer ? (
            <>
              <dt>{t.replacedBy}</dt>
              <dd>
                <Link href={paths.document(replacer.slug ?? '')}>{t.numbered(optionLabel(documentTypes, replacer.type, locale), replacer.number)}</Link>
              </dd>
            </>
          ) : null}
        </dl>
        {doc.summary ? <p className="lead" lang={lang}>{doc.summary}</p> : null}
        {doc.file ? (
          <p>
            {t.download} <FileLink file={doc.file} locale={locale} />
          </p>
        ) : null}
        <DocumentProcedures documentId={doc.id} locale={locale} />
      </article>
    </div>
  )
}

