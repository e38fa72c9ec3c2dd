import Link from 'next/link'

import { awardForms } from '../../collections/Awards/options'
import { Breadcrumbs } from '../site/Breadcrumbs'
import { FilterForm } from '../site/FilterForm'
import { Pagination } from '../site/Pagination'
import { recipientsOf } from '../site/recipients'
import { SelectField, yearOptions } from '../site/SelectField'
import { formatDate } from '../../lib/dates'
import { parseAwardFilters } from '../../lib/filters/awards'
import type { SearchParams } from '../../lib/filters/params'
import { optionLabel } from '../../lib/labels'
import { sitePaths } from '../../lib/paths'
import { listAwards } from '../../lib/queries/awards'
import { getTaxonomies } from '../../lib/queries/taxonomies'

/** The listing for one set of URL filters (validated; unknown values are ignored). */
export const AwardListing = async ({ params: searchParams }: { params: SearchParams }) => {
  const filters = parseAwardFilters(searchParams)
  const [{ docs, page, totalDocs, totalPages }, { provinces, sectors }] = await Promise.all([listAwards(filters), getTaxonomies()])
  const params: Record<string, string> = {}
  if (filters.form) params['hinh-thuc'] = filters.form
  if (filters.year) params.nam = String(filters.year)
  if (filters.province) params.tinh = filters.province
  if (filters.sector) params.nganh = filters.sector
  return (
    <div className="container">
      <Breadcrumbs items={[{ href: sitePaths.awards, label: 'Khen thưởng' }]} />
      <h1>Quyết định khen thưởng</h1>
      <FilterForm action={sitePaths.awards} label="Lọc quyết định khen thưởng">
        <SelectField defaultValue={params['hinh-thuc']} label="Hình thức" name="hinh-thuc" options={awardForms.map((f) => ({ label: f.label.vi, value: f.value }))} />
        <SelectField defaultValue={params.nam} label="Năm" name="nam" options={yearOptions(2000)} />
        <SelectField defaultValue={params.tinh} label="Tỉnh, thành phố" name="tinh" options={provinces.map((p) => ({ label: p.name, value: p.slug ?? '' }))} />
        <SelectField defaultValue={params.nganh} label="Ngành, lĩnh vực" name="nganh" options={sectors.map((s) => ({ label: s.name, value: s.slug ?? '' }))} />
      </FilterForm>
      <p aria-live="polite" className="meta">
        {totalDocs} quyết định
      </p>
      <ul className="list">
        {docs.map((a) => (
          <li key={a.id}>
            <h2 className="h3">
              <Link href={sitePaths.award(a.slug ?? '')}>{a.awardTitle}</Link>
            </h2>
            <p className="meta">
              {optionLabel(awardForms, a.form)} · Quyết định số {a.decisionNumber} ngày {formatDate(a.decisionDate)} · {a.issuer}
            </p>
            <p>{recipientsOf(a, sitePaths.exemplar).map((r) => r.name).join('; ')}</p>
          </li>
        ))}
      </ul>
      {docs.length === 0 ? <p className="empty">Không có quyết định nào khớp bộ lọc.</p> : null}
      <Pagination basePath={sitePaths.awards} page={page} params={params} totalPages={totalPages} />
    </div>
  )
}
