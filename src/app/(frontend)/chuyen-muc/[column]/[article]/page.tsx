import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { Breadcrumbs } from '../../../../../components/site/Breadcrumbs'
import { ColumnLicence } from '../../../../../components/site/ColumnLicence'
import { Figure } from '../../../../../components/site/Figure'
import { JsonLd } from '../../../../../components/site/JsonLd'
import { RichText } from '../../../../../components/site/RichText'
import { ShareLinks } from '../../../../../components/site/ShareLinks'
import { formatDate } from '../../../../../lib/dates'
import { sitePaths, siteUrl } from '../../../../../lib/paths'
import { getArticle } from '../../../../../lib/queries/columns'
import type { Exemplar, Movement } from '../../../../../payload-types'

type Props = { params: Promise<{ article: string; column: string }> }

export const generateStaticParams = async () => []

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { article: slug, column } = await params
  const found = await getArticle(column, slug)
  if (!found) return { title: 'Không tìm thấy' }
  const { article } = found
  return {
    alternates: { canonical: sitePaths.article(column, slug) },
    description: article.meta?.description ?? article.summary ?? undefined,
    openGraph: { publishedTime: article.publishedAt ?? undefined, type: 'article' },
    title: article.meta?.title ?? article.title,
  }
}

const ArticlePage = async ({ params }: Props) => {
  const { article: slug, column: columnSlug } = await params
  const found = await getArticle(columnSlug, slug)
  if (!found) notFound()
  const { article, column } = found
  const exemplars = (article.relatedExemplars ?? []).filter((e): e is Exemplar => typeof e === 'object')
  const movements = (article.relatedMovements ?? []).filter((m): m is Movement => typeof m === 'object')
  const url = `${siteUrl()}${sitePaths.article(columnSlug, slug)}`
  return (
    <div className="container">
      <Breadcrumbs items={[{ href: sitePaths.columns, label: 'Chuyên mục' }, { href: sitePaths.column(columnSlug), label: column.name }, { href: sitePaths.article(columnSlug, slug), label: article.title }]} />
      <article>
        <JsonLd
          data={{
            '@context': 'https://schema.org',
            '@type': 'NewsArticle',
            articleSection: column.name,
            author: { '@type': 'Person', name: article.byline ?? 'Ban biên tập' },
            dateModified: article.updatedAt,
            datePublished: article.publishedAt ?? article.createdAt,
            description: article.summary ?? undefined,
            headline: article.title,
            inLanguage: 'vi',
            mainEntityOfPage: url,
          }}
        />
        <h1>{article.title}</h1>
        <p className="meta">
          {formatDate(article.publishedAt)}
          {article.byline ? ` · ${article.byline}` : ''} · <Link href={sitePaths.column(columnSlug)}>{column.name}</Link>
        </p>
        {article.summary ? <p className="lead">{article.summary}</p> : null}
        <ShareLinks path={sitePaths.article(columnSlug, slug)} title={article.title} />
        <Figure image={article.cover} priority />
        <RichText data={article.body} />
        {article.tags?.length ? (
          <ul aria-label="Từ khóa" className="tags">
            {article.tags.map((t) => (
              <li key={t}>{t}</li>
            ))}
          </ul>
        ) : null}
        {exemplars.length || movements.length ? (
          <section aria-labelledby="lien-quan">
            <h2 id="lien-quan">Liên quan</h2>
            <ul className="list">
              {exemplars.map((e) => (
                <li key={`e-${e.id}`}>
                  Gương điển hình: <Link href={sitePaths.exemplar(e.slug ?? '')}>{e.name}</Link>
                </li>
              ))}
              {movements.map((m) => (
                <li key={`m-${m.id}`}>
                  Phong trào: <Link href={sitePaths.movement(m.slug ?? '')}>{m.name}</Link>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        <ColumnLicence column={column} />
      </article>
    </div>
  )
}

export default ArticlePage
