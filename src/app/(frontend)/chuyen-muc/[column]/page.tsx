import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { Breadcrumbs } from '../../../../components/site/Breadcrumbs'
import { ColumnLicence } from '../../../../components/site/ColumnLicence'
import { Pagination } from '../../../../components/site/Pagination'
import { formatDate } from '../../../../lib/dates'
import { pageNumber, type SearchParams } from '../../../../lib/filters/params'
import { sitePaths } from '../../../../lib/paths'
import { getColumn } from '../../../../lib/queries/columns'

type Props = { params: Promise<{ column: string }>; searchParams: Promise<SearchParams> }

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const found = await getColumn((await params).column, 1)
  if (!found) return { title: 'Không tìm thấy' }
  return { alternates: { canonical: sitePaths.column(found.column.slug ?? '') }, description: found.column.description ?? undefined, title: found.column.name }
}

const ColumnPage = async ({ params, searchParams }: Props) => {
  const found = await getColumn((await params).column, pageNumber(await searchParams))
  if (!found) notFound()
  const { articles, column } = found
  return (
    <div className="container">
      <Breadcrumbs items={[{ href: sitePaths.columns, label: 'Chuyên mục' }, { href: sitePaths.column(column.slug ?? ''), label: column.name }]} />
      <h1>{column.name}</h1>
      {column.description ? <p className="lead">{column.description}</p> : null}
      <ul className="list">
        {articles.docs.map((a) => (
          <li key={a.id}>
            <h2 className="h3">
              <Link href={sitePaths.article(column.slug ?? '', a.slug ?? '')}>{a.title}</Link>
            </h2>
            <p className="meta">
              {formatDate(a.publishedAt)}
              {a.byline ? ` · ${a.byline}` : ''}
            </p>
            {a.summary ? <p>{a.summary}</p> : null}
          </li>
        ))}
      </ul>
      {articles.docs.length === 0 ? <p className="empty">Chuyên mục chưa có bài viết.</p> : null}
      <Pagination basePath={sitePaths.column(column.slug ?? '')} page={articles.page ?? 1} params={{}} totalPages={articles.totalPages} />
      <ColumnLicence column={column} />
    </div>
  )
}

export default ColumnPage
