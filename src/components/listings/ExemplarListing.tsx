
import { Breadcrumbs } from '../site/Breadcrumbs'
import { Pagination } from '../site/Pagination'
import { ExemplarCard } from '../exemplars/ExemplarCard'
import { ExemplarFilterForm } from '../exemplars/ExemplarFilterForm'
import { exemplarFilterParams, exemplarFlagParams, parseExemplarFilters } from '../../lib/filters/exemplars'
import type { SearchParams } from '../../lib/filters/params'
import { sitePaths } from '../../lib/paths'
import { listExemplars } from '../../lib/queries/exemplars'
import { getTaxonomies } from '../../lib/queries/taxonomies'

/** The listing for one set of URL filters (validated; unknown values are ignored). */
export const ExemplarListing = async ({ params: searchParams }: { params: SearchParams }) => {
  const filters = parseExemplarFilters(searchParams)
  const [{ docs, page, totalDocs, totalPages }, { provinces, sectors }] = await Promise.all([listExemplars(filters), getTaxonomies()])
  return (
    <div className="container">
      <Breadcrumbs items={[{ href: sitePaths.exemplars, label: 'Gương điển hình' }]} />
      <h1>Gương điển hình tiên tiến</h1>
      <ExemplarFilterForm filters={filters} provinces={provinces.map((p) => ({ label: p.name, value: p.slug ?? '' }))} sectors={sectors.map((s) => ({ label: s.name, value: s.slug ?? '' }))} />
      <p aria-live="polite" className="meta">
        {totalDocs} gương điển hình
      </p>
      {docs.length ? (
        <ul className="cards">
          {docs.map((exemplar) => (
            <ExemplarCard exemplar={exemplar} key={exemplar.id} />
          ))}
        </ul>
      ) : (
        <p className="empty">Không có gương điển hình nào khớp bộ lọc.</p>
      )}
      <Pagination basePath={sitePaths.exemplars} page={page} params={{ ...exemplarFilterParams(filters), 'doi-tuong': exemplarFlagParams(filters) }} totalPages={totalPages} />
    </div>
  )
}
