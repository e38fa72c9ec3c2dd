import type { Metadata } from 'next'

import { Breadcrumbs } from '../../../components/site/Breadcrumbs'
import { Pagination } from '../../../components/site/Pagination'
import { ExemplarCard } from '../../../components/exemplars/ExemplarCard'
import { ExemplarFilterForm } from '../../../components/exemplars/ExemplarFilterForm'
import { exemplarFilterParams, exemplarFlagParams, parseExemplarFilters } from '../../../lib/filters/exemplars'
import type { SearchParams } from '../../../lib/filters/params'
import { sitePaths } from '../../../lib/paths'
import { listExemplars } from '../../../lib/queries/exemplars'
import { getTaxonomies } from '../../../lib/queries/taxonomies'

export const metadata: Metadata = {
  alternates: { canonical: sitePaths.exemplars },
  description: 'Gương điển hình tiên tiến trên mọi lĩnh vực: lọc theo tỉnh, ngành, giai đoạn và đối tượng.',
  title: 'Gương điển hình tiên tiến',
}

const ExemplarsPage = async ({ searchParams }: { searchParams: Promise<SearchParams> }) => {
  const filters = parseExemplarFilters(await searchParams)
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

export default ExemplarsPage
