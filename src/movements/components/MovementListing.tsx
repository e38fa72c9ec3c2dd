import Link from 'next/link'

import { movementLevels, movementTypes } from '@/collections/Movements/options'
import { movementStatuses } from '@/collections/Movements/status'
import { Breadcrumbs } from '@/components/Breadcrumbs'
import { FilterForm } from '@/components/FilterForm'
import { Pagination } from '@/components/Pagination'
import { SelectField, yearOptions } from '@/components/SelectField'
import { formatDate } from '@/lib/dates/format'
import { MOVEMENT_LEVEL_PARAM, MOVEMENT_STATUS_PARAM, MOVEMENT_TYPE_PARAM, parseMovementFilters } from '../filters'
import { invert, type SearchParams } from '@/lib/filters/params'
import { optionLabel } from '@/lib/text/optionLabel'
import { dictionary, type Locale } from '@/i18n'
import { pathsFor, sitePaths } from '@/lib/urls/sitePaths'
import { listMovements } from '../queries'
import { listingRoutes } from '@/lib/listings/listingRoutes'
import { feedLinksFor } from '@/feeds/links'

const asOptions = <T extends string>(options: { label: Record<Locale, string>; value: string }[], table: Record<string, T>, locale: Locale) =>
  options.map((o) => ({ label: o.label[locale], value: invert(table)[o.value as T] }))

/** The listing for one set of URL filters (validated; unknown values are ignored). */
export const MovementListing = async ({ locale, params: searchParams }: { locale: Locale; params: SearchParams }) => {
  const t = dictionary(locale)
  const paths = pathsFor(locale)
  const filters = parseMovementFilters(searchParams)
  const { docs, page, totalDocs, totalPages } = await listMovements(filters, locale)
  const params: Record<string, string> = {}
  if (filters.type) params.loai = invert(MOVEMENT_TYPE_PARAM)[filters.type]
  if (filters.status) params['trang-thai'] = invert(MOVEMENT_STATUS_PARAM)[filters.status]
  if (filters.level) params.cap = invert(MOVEMENT_LEVEL_PARAM)[filters.level]
  if (filters.year) params.nam = String(filters.year)
  return (
    <div className="container">
      <Breadcrumbs items={[{ href: paths.movements, label: t.movements.title }]} locale={locale} />
      <h1>{t.movements.title}</h1>
      <FilterForm action={paths.movements} label={t.movements.filterLabel} locale={locale}>
        <SelectField defaultValue={params.loai} label={t.movements.typeFilter} locale={locale} name="loai" options={asOptions(movementTypes, MOVEMENT_TYPE_PARAM, locale)} />
        <SelectField defaultValue={params['trang-thai']} label={t.movements.statusFilter} locale={locale} name="trang-thai" options={asOptions(movementStatuses, MOVEMENT_STATUS_PARAM, locale)} />
        <SelectField defaultValue={params.cap} label={t.movements.levelFilter} locale={locale} name="cap" options={asOptions(movementLevels, MOVEMENT_LEVEL_PARAM, locale)} />
        <SelectField defaultValue={params.nam} label={t.common.year} locale={locale} name="nam" options={yearOptions(2000)} />
      </FilterForm>
      <p aria-live="polite" className="meta">
        {t.movements.count(totalDocs)}
      </p>
      <ul className="list">
        {docs.map((m) => (
          <li key={m.id}>
            <h2 className="h3">
              <Link href={paths.movement(m.slug ?? '')}>{m.name}</Link>
            </h2>
            {m.slogan ? <p>{m.slogan}</p> : null}
            <p className="meta">
              {optionLabel(movementTypes, m.type, locale)} · {optionLabel(movementLevels, m.level, locale)} · {optionLabel(movementStatuses, m.status, locale)} · {t.common.since(formatDate(m.period?.start))}
              {m.period?.end ? t.common.until(formatDate(m.period.end)) : ''}
            </p>
          </li>
        ))}
      </ul>
      {docs.length === 0 ? <p className="empty">{t.movements.empty}</p> : null}
      <Pagination basePath={paths.movements} locale={locale} page={page} params={params} totalPages={totalPages} />
    </div>
  )
}

/** The listing's two routes: app/(frontend)/[locale]/phong-trao/page.tsx and its loc/[filters] (src/proxy.ts). */
export const movementListing = listingRoutes({ Listing: MovementListing, links: (locale) => feedLinksFor({ name: 'phong-trao', title: dictionary(locale).movements.title }), path: sitePaths.movements, section: 'movements' })
