import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { documentStatuses, documentTypes } from '../../../../collections/Documents'
import { Breadcrumbs } from '../../../../components/site/Breadcrumbs'
import { FileLink } from '../../../../components/site/FileLink'
import { JsonLd } from '../../../../components/site/JsonLd'
import { formatDate } from '../../../../lib/dates'
import { optionLabel } from '../../../../lib/labels'
import { sitePaths, siteUrl } from '../../../../lib/paths'
import { getDocument } from '../../../../lib/queries/documents'

type Props = { params: Promise<{ slug: string }> }

export const generateStaticParams = async () => []

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const doc = await getDocument((await params).slug)
  if (!doc) return { title: 'Không tìm thấy' }
  return { alternates: { canonical: sitePaths.document(doc.slug ?? '') }, description: doc.summary ?? undefined, title: `${doc.title} (${doc.number})` }
}

const DocumentPage = async ({ params }: Props) => {
  const doc = await getDocument((await params).slug)
  if (!doc) notFound()
  return (
    <div className="container">
      <Breadcrumbs items={[{ href: sitePaths.documents, label: 'Văn bản' }, { href: sitePaths.document(doc.slug ?? ''), label: doc.number }]} />
      <article>
        <JsonLd
          data={{
            '@context': 'https://schema.org',
            '@type': 'Legislation',
            datePublished: doc.issuedDate,
            inLanguage: 'vi',
            legislationDate: doc.issuedDate,
            legislationIdentifier: doc.number,
            legislationPassedBy: doc.issuer ? { '@type': 'Organization', name: doc.issuer } : undefined,
            name: doc.title,
            url: `${siteUrl()}${sitePaths.document(doc.slug ?? '')}`,
          }}
        />
        <p className="badge">{optionLabel(documentTypes, doc.type)}</p>
        <h1>{doc.title}</h1>
        <dl className="facts">
          <dt>Số, ký hiệu</dt>
          <dd>{doc.number}</dd>
          {doc.issuer ? (<><dt>Cơ quan ban hành</dt><dd>{doc.issuer}</dd></>) : null}
          <dt>Ngày ban hành</dt>
          <dd>{formatDate(doc.issuedDate)}</dd>
          {doc.effectiveDate ? (<><dt>Ngày hiệu lực</dt><dd>{formatDate(doc.effectiveDate)}</dd></>) : null}
          <dt>Tình trạng</dt>
          <dd>{optionLabel(documentStatuses, doc.status)}</dd>
        </dl>
        {doc.summary ? <p className="lead">{doc.summary}</p> : null}
        {doc.file ? (
          <p>
            Tải văn bản: <FileLink file={doc.file} />
          </p>
        ) : null}
      </article>
    </div>
  )
}

export default DocumentPage
