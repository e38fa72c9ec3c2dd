import type { Metadata } from 'next'
import Link from 'next/link'

import { Breadcrumbs } from '../../../components/site/Breadcrumbs'
import { Highlighted } from '../../../components/site/Highlighted'
import { Pagination } from '../../../components/site/Pagination'
import { snippetAround } from '../../../lib/highlight'
import { one, pageNumber, type SearchParams } from '../../../lib/filters/params'
import { sitePaths } from '../../../lib/paths'
import { SEARCH_PAGE_SIZE, searchSite } from '../../../lib/queries/search'
import { SEARCHABLE } from '../../../search/plugin'

export const metadata: Metadata = { alternates: { canonical: sitePaths.search }, robots: { index: false }, title: 'Tìm kiếm' }

const KIND_LABELS: Record<string, string> = {
  articles: 'Bài viết',
  awards: 'Khen thưởng',
  documents: 'Văn bản',
  exemplars: 'Gương điển hình',
  lessons: 'Bài học',
  movements: 'Phong trào',
}

const SearchPage = async ({ searchParams }: { searchParams: Promise<SearchParams> }) => {
  const params = await searchParams
  const query = one(params, 'q') ?? ''
  const kindParam = one(params, 'loai')
  const kind = SEARCHABLE.find((k) => k === kindParam) ?? null
  const page = pageNumber(params)
  const { counts, hits, terms, total } = await searchSite(query, kind, page)
  return (
    <div className="container">
      <Breadcrumbs items={[{ href: sitePaths.search, label: 'Tìm kiếm' }]} />
      <h1>Tìm kiếm</h1>
      <form action={sitePaths.search} className="filters" method="get" role="search">
        <div className="field">
          <label htmlFor="q">Từ khóa (có dấu hoặc không dấu)</label>
          <input defaultValue={query} id="q" maxLength={200} name="q" type="search" />
        </div>
        <div className="field">
          <label htmlFor="loai">Loại nội dung</label>
          <select defaultValue={kind ?? ''} id="loai" name="loai">
            <option value="">Tất cả</option>
            {SEARCHABLE.map((k) => (
              <option key={k} value={k}>
                {KIND_LABELS[k]} {query && counts[k] ? `(${counts[k]})` : ''}
              </option>
            ))}
          </select>
        </div>
        <div className="actions">
          <button type="submit">Tìm</button>
        </div>
      </form>
      {query ? (
        <p aria-live="polite" className="meta">
          {total} kết quả cho “{query.slice(0, 200)}”
        </p>
      ) : null}
      <ol className="list">
        {hits.map((hit) => (
          <li key={hit.id}>
            <p className="badge">{KIND_LABELS[hit.kind] ?? hit.kind}</p>
            <h2 className="h3">
              <Link href={hit.url}>
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
      {query && total === 0 ? <p className="empty">Không tìm thấy kết quả. Hãy thử từ khóa khác hoặc ngắn hơn.</p> : null}
      <Pagination basePath={sitePaths.search} page={page} params={{ q: query, ...(kind ? { loai: kind } : {}) }} totalPages={Math.ceil(total / SEARCH_PAGE_SIZE)} />
    </div>
  )
}

export default SearchPage
