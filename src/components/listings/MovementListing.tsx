import Link from 'next/link'

import { movementLevels, movementTypes } from '../../collections/Movements/options'
import { movementStatuses } from '../../collections/Movements/status'
import { Breadcrumbs } from '../site/Breadcrumbs'
import { FilterForm } from '../site/FilterForm'
import { Pagination } from '../site/Pagination'
import { SelectField, yearOptions } from '../site/SelectField'
import { formatDate } from '../../lib/dates'
import { MOVEMENT_LEVEL_PARAM, MOVEMENT_STATUS_PARAM, MOVEMENT_TYPE_PARAM, parseMovementFilters } from '../../lib/filters/movements'
import { invert, type SearchParams } from '../../lib/filters/params'
import { optionLabel } from '../../lib/labels'
import { sitePaths } from '../../lib/paths'
import { listMovements } from '../../lib/queries/movements'

const asOptions = <T extends string>(options: { label: { vi: string }; value: string }[], table: Record<string, T>) =>
  options.map((o) => ({ label: o.label.vi, value: invert(table)[o.value as T] }))

/** The listing for one set of URL filters (validated; unknown values are ignored). */
export const MovementListing = async ({ params: searchParams }: { params: SearchParams }) => {
  const filters = parseMovementFilters(searchParams)
  const { docs, page, totalDocs, totalPages } = await listMovements(filters)
  const params: Record<string, string> = {}
  if (filters.type) params.loai = invert(MOVEMENT_TYPE_PARAM)[filters.type]
  if (filters.status) params['trang-thai'] = invert(MOVEMENT_STATUS_PARAM)[filters.status]
  if (filters.level) params.cap = invert(MOVEMENT_LEVEL_PARAM)[filters.level]
  if (filters.year) params.nam = String(filters.year)
  return (
    <div className="container">
      <Breadcrumbs items={[{ href: sitePaths.movements, label: 'Phong trào thi đua' }]} />
      <h1>Phong trào thi đua</h1>
      <FilterForm action={sitePaths.movements} label="Lọc phong trào">
        <SelectField defaultValue={params.loai} label="Loại phong trào" name="loai" options={asOptions(movementTypes, MOVEMENT_TYPE_PARAM)} />
        <SelectField defaultValue={params['trang-thai']} label="Trạng thái" name="trang-thai" options={asOptions(movementStatuses, MOVEMENT_STATUS_PARAM)} />
        <SelectField defaultValue={params.cap} label="Cấp phát động" name="cap" options={asOptions(movementLevels, MOVEMENT_LEVEL_PARAM)} />
        <SelectField defaultValue={params.nam} label="Năm" name="nam" options={yearOptions(2000)} />
      </FilterForm>
      <p aria-live="polite" className="meta">
        {totalDocs} phong trào
      </p>
      <ul className="list">
        {docs.map((m) => (
          <li key={m.id}>
            <h2 className="h3">
              <Link href={sitePaths.movement(m.slug ?? '')}>{m.name}</Link>
            </h2>
            {m.slogan ? <p>{m.slogan}</p> : null}
            <p className="meta">
              {optionLabel(movementTypes, m.type)} · {optionLabel(movementLevels, m.level)} · {optionLabel(movementStatuses, m.status)} · từ {formatDate(m.period?.start)}
              {m.period?.end ? ` đến ${formatDate(m.period.end)}` : ''}
            </p>
          </li>
        ))}
      </ul>
      {docs.length === 0 ? <p className="empty">Không có phong trào nào khớp bộ lọc.</p> : null}
      <Pagination basePath={sitePaths.movements} page={page} params={params} totalPages={totalPages} />
    </div>
  )
}
