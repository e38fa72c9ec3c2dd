import Link from 'next/link'

import { awardForms } from '@/collections/Awards/options'
import { Breadcrumbs } from '@/components/Breadcrumbs'
import { FilterForm } from '@/components/FilterForm'
import { Pagination } from '@/components/Pagination'
import { recipientsOf } from '../recipients'
import { SelectField, yearOptions } from '@/components/SelectField'
import { TextField } from '@/components/TextField'
import { RegisterDownloads } from './RegisterDownloads'
import { formatDate } from '@/lib/dates/format'
import { awardParams, parseAwardFilters } from '../filters'
import type { SearchParams } from '@/lib/filters/params'
import { optionLabel } from '@/lib/text/optionLabel'
import { dictionary, type Locale } from '@/i18n'
import { pathsFor, sitePaths } from '@/lib/urls/sitePaths'
import { listAwards } from '../queries'
import { listMovementOptions } from '@/movements/queries'
import { getTaxonomies } from '@/lib/queries/taxonomies'
import { listingRoutes } from '@/lib/listings/listingRoutes'

/** The listing for one set of URL filters (validated; unknown values are ignored). */
export const AwardListing = async ({ locale, params: searchParams }: { locale: Locale; params: SearchParams }) => {
  const t = dictionary(locale)
  const paths = pathsFor(locale)
  const filters = parseAwardFilters(searchParams)
  const [{ docs, page, totalDocs, totalPages }, { provinces, sectors }, movements] = await Promise.all([listAwards(filters, locale), getTaxonomies(locale), listMovementOptions(locale)])
  const params = awardParams(filters)
  return (
    <div className="container">
      <Breadcrumbs items={[{ href: paths.awards, label: t.awards.title }]} locale={locale} />
      <h1>{t.awards.heading}</h1>
      <FilterForm action={paths.awards} label={t.awards.filterLabel} locale={locale}>
        <TextField defaultValue={params.ten} label={t.awards.nameFilter} name="ten" placeholder={t.awards.namePlaceholder} />
        <TextField defaultValue={params.cap} label={t.awards.issuerFilter} name="cap" placeholder={t.awards.issuerPlaceholder} />
        <SelectField defaultValue={params['hinh-thuc']} label={t.awards.formFilter} locale={locale} name="hinh-thuc" options={awardForms.map((f) => ({ label: f.label[locale], value: f.value }))} />
        <SelectField defaultValue={params.nam} label={t.common.year} locale={locale} name="nam" options={yearOptions(2000)} />
        <SelectField defaultValue={params.tinh} label={t.common.province} locale={locale} name="tinh" options={provinces.map((p) => ({ label: p.name, value: p.slug ?? '' }))} />
        <SelectField defaultValue={params.nganh} label={t.common.sector} locale={locale} name="nganh" options={sectors.map((s) => ({ label: s.name, value: s.slug ?? '' }))} />
        <SelectField defaultValue={params['phong-trao']} label={t.awards.movementFilter} locale={locale} name="phong-trao" options={movements.map((m) => ({ label: m.name, value: m.slug ?? '' }))} />
      </FilterForm>
      <p aria-live="polite" className="meta">
        {t.awards.count(totalDocs)}
      </p>
      <RegisterDownloads basePath={paths.awards} locale={locale} params={params} />
      <ul className="list">
        {docs.map((a) => (
          <li key={a.id}>
            <h2 className="h3">
              <Link href={paths.award(a.slug ?? '')}>{a.awardTitle}</Link>
            </h2>
            <p className="meta">
              {optionLabel(awardForms, a.form, locale)} · {t.common.decision(a.decisionNumber, formatDate(a.decisionDate))} · {a.issuer}
            </p>
            <p>{recipientsOf(a, paths.exemplar).map((r) => r.name).join('; ')}</p>
          </li>
        ))}
      </ul>
      {docs.length === 0 ? <p className="empty">{t.awards.empty}</p> : null}
      <Pagination basePath={paths.awards} locale={locale} page={page} params={params} totalPages={totalPages} />
    </div>
  )
}

/** The listing's two routes: app/(frontend)/[locale]/khen-thuong/page.tsx and its loc/[filters] (src/proxy.ts). */
export const awardListing = listingRoutes({ Listing: AwardListing, path: sitePaths.awards, section: 'awards' })
