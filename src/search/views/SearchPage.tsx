import type { Metadata } from 'next'
import Link from 'next/link'

import { Breadcrumbs } from '@/components/Breadcrumbs'
import { Highlighted } from '../components/Highlighted'
import { Pagination } from '@/components/Pagination'
import { dictionary, localeOf } from '@/i18n'
import { alternatesFor } from '@/lib/seo/alternates'
import { one, pageNumber, type SearchParams } from '@/lib/filters/params'
import { snippetAround } from '../highlight'
import { localizePath, pathsFor, sitePaths } from '@/lib/urls/sitePaths'
import { SEARCH_PAGE_SIZE, searchSite } from '../queries'
import { SEARCHABLE } from '../kinds'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> }

export const searchMetadata = async ({ params }: Props): Promise<Metadata> => {
  const locale = await localeOf(params)
  return { alternates: alternatesFor(locale, sitePaths.search), robots: { index: false }, title: dictionary(locale).search.title }
}

export const SearchPage = async ({ params, searchParams }: Props) => {
  const locale = await localeOf(params)
  const t = dictionary(locale).search
  const paths = pathsFor(locale)
  const query = one(await searchParams, 'q') ?? ''
  const kindParam = one(await searchParams, 'loai')
  const kind = SEARCHABLE.find((k) => k === kindParam) ?? null
  const page = pageNumber(await searchParams)
  const { counts, hits, terms, total } = await searchSite(query, kind, page, locale)
  return (
    <div className="container">
      <Breadcrumbs items={[{ href: paths.search, label: t.title }]} locale={locale} />
      <h1>{t.title}</h1>
      <form action={paths.search} className="filters" method="get" role="search">
        <div className="field">
          <label htmlFor="q">{t.queryLabel}</label>
          <input defaultValue={query} id="q" maxLength={200} name="q" type="search" />
        </div>
        <div className="field">
          <label htmlFor="loai">{t.kindLabel}</label>
          <select defaultValue={kind ?? ''} id="loai" name="loai">
            <option value="">{dictionary(locale).common.all}</option>
            {SEARCHABLE.map((k) => (
              <option key={k} value={k}>
                {t.kinds[k]} {query && counts[k] ? `(${counts[k]})` : ''}
              </option>
            ))}
          </select>
        </div>
        <div className="actions">
          <button type="submit">{t.submit}</button>
        </div>
      </form>
      {query ? (
        <p aria-live="polite" className="meta">
          {t.results(total, query.slice(0, 200))}
        </p>
      ) : null}
      <ol className="list">
        {hits.map((hit) => (
          <li key={hit.id}>
            <p className="badge">{t.kinds[hit.kind] ?? hit.kind}</p>
            <h2 className="h3">
              <Link href={localizePath(locale, hit.url)}>
                <Highlighted terms={terms} text={hit.title} />
              </Link>
            </h2>
            {hit.summary ? (
              <p>
                <Highlighted terms={terms} text={snippetAround(hit.summary, terms)} />
              </p>
            ) : null}
          </li>
        ))}
      </ol>
      {query && total === 0 ? <p className="empty">{t.empty}</p> : null}
      <Pagination basePath={paths.search} locale={locale} page={page} params={{ q: query, ...(kind ? { loai: kind } : {}) }} totalPages={Math.ceil(total / SEARCH_PAGE_SIZE)} />
    </div>
  )
}

