import type { Metadata } from 'next'
import Link from 'next/link'

import { Breadcrumbs } from '@/components/Breadcrumbs'
import { Figure } from '@/components/Figure'
import { dictionary, localeOf } from '@/i18n'
import { feedLinksFor } from '@/feeds/links'
import { alternatesFor } from '@/lib/seo/alternates'
import { pathsFor, sitePaths } from '@/lib/urls/sitePaths'
import { listColumns } from '../queries'

type Props = { params: Promise<{ locale: string }> }

export const columnsMetadata = async ({ params }: Props): Promise<Metadata> => {
  const locale = await localeOf(params)
  const t = dictionary(locale).columns
  return { alternates: alternatesFor(locale, sitePaths.columns, { links: feedLinksFor({ name: 'bai-viet', title: t.title }) }), description: t.description, title: t.title }
}

export const ColumnsPage = async ({ params }: Props) => {
  const locale = await localeOf(params)
  const paths = pathsFor(locale)
  const t = dictionary(locale).columns
  const columns = await listColumns(locale)
  return (
    <div className="container">
      <Breadcrumbs items={[{ href: paths.columns, label: t.title }]} locale={locale} />
      <h1>{t.title}</h1>
      <ul className="cards">
        {columns.map((c) => (
          <li className="card" key={c.id}>
            <Figure image={c.cover} locale={locale} size="card" />
            <div className="card-body">
              <h2 className="h3">
                <Link href={paths.column(c.slug ?? '')}>{c.name}</Link>
              </h2>
              <p>{c.description}</p>
            </div>
          </li>
        ))}
      </ul>
    </div>
  )
}

