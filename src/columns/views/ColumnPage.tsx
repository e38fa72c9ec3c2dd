import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { Breadcrumbs } from '@/components/Breadcrumbs'
import { ColumnLicence } from '../components/ColumnLicence'
import { EmbedPanel } from '@/embed/components/EmbedPanel'
import { Pagination } from '@/components/Pagination'
import { dictionary, localeOf } from '@/i18n'
import { oembedLinkFor } from '@/embed/paths'
import { feedLinksFor } from '@/feeds/links'
import { alternatesFor } from '@/lib/seo/alternates'
import { formatDate } from '@/lib/dates/format'
import { pageNumber, type SearchParams } from '@/lib/filters/params'
import { pathsFor, sitePaths } from '@/lib/urls/sitePaths'
import { getColumn } from '../queries'

type Props = { params: Promise<{ column: string; locale: string }>; searchParams: Promise<SearchParams> }

export const columnMetadata = async ({ params }: Props): Promise<Metadata> => {
  const locale = await localeOf(params)
  const found = await getColumn((await params).column, 1, locale)
  if (!found) return { title: dictionary(locale).common.notFoundTitle }
  return { alternates: alternatesFor(locale, sitePaths.column(found.column.slug ?? ''), { links: [...feedLinksFor({ name: `chuyen-muc/${found.column.slug ?? ''}`, title: found.column.name }), oembedLinkFor({ locale, path: sitePaths.column(found.column.slug ?? ''), title: found.column.name })] }), description: found.column.description ?? undefined, title: found.column.name }
}

export const ColumnPage = async ({ params, searchParams }: Props) => {
  const locale = await localeOf(params)
  const found = await getColumn((await params).column, pageNumber(await searchParams), locale)
  if (!found) notFound()
  const { articles, column } = found
  const t = dictionary(locale).columns
  const paths = pathsFor(locale)
  return (
    <div className="container">
      <Breadcrumbs items={[{ href: paths.columns, label: t.title }, { href: paths.column(column.slug ?? ''), label: column.name }]} locale={locale} />
      <h1>{column.name}</h1>
      {column.description ? <p className="lead">{column.description}</p> : null}
      <ul className="list">
        {articles.docs.map((a) => (
          <li key={a.id}>
            <h2 className="h3">
              <Link href={paths.article(column.slug ?? '', a.slug ?? '')}>{a.title}</Link>
            </h2>
            <p className="meta">
              {formatDate(a.publishedAt)}
              {a.byline ? ` · ${a.byline}` : ''}
            </p>
            {a.summary ? <p>{a.summary}</p> : null}
          </li>
        ))}
      </ul>
      {articles.docs.length === 0 ? <p className="empty">{t.empty}</p> : null}
      <Pagination basePath={paths.column(column.slug ?? '')} locale={locale} page={articles.page ?? 1} params={{}} totalPages={articles.totalPages} />
      <ColumnLicence column={column} locale={locale} />
      <EmbedPanel locale={locale} path={paths.column(column.slug ?? '')} title={column.name} />
    </div>
  )
}

