import Link from 'next/link'

import { procedureLevels } from '@/collections/Procedures/options'
import { Breadcrumbs } from '@/components/Breadcrumbs'
import { FilterForm } from '@/components/FilterForm'
import { Pagination } from '@/components/Pagination'
import { SelectField } from '@/components/SelectField'
import { dictionary, type Locale } from '@/i18n'
import type { SearchParams } from '@/lib/filters/params'
import { listingRoutes } from '@/lib/listings/listingRoutes'
import { optionLabel } from '@/lib/text/optionLabel'
import { pathsFor, sitePaths } from '@/lib/urls/sitePaths'
import { levelParam, parseProcedureFilters, procedureFilterParams, type ProcedureFilters } from '../filters'
import { listProcedureGroups, listProcedures } from '../queries'
import { ProcedureItem } from './ProcedureItem'
import { ProcedureSearchBox } from './ProcedureSearchBox'
import './procedures.css'

/** Every level in its own section, the first few of each with a link to the rest. */
const Groups = async ({ locale }: { locale: Locale }) => {
  const t = dictionary(locale).procedures
  const paths = pathsFor(locale)
  const groups = await listProcedureGroups(locale)
  return (
    <>
      <p aria-live="polite" className="meta">
        {t.count(groups.reduce((sum, g) => sum + g.totalDocs, 0))}
      </p>
      {groups.map((g) => {
        const label = optionLabel(procedureLevels, g.level, locale)
        const id = `cap-${levelParam(g.level)}`
        return (
          <section aria-labelledby={id} className="section" key={g.level}>
            <h2 id={id}>{label}</h2>
            {g.docs.length ? (
              <ul className="list">
                {g.docs.map((p) => <ProcedureItem heading="h3" key={p.id} locale={locale} procedure={p} />)}
              </ul>
            ) : (
              <p className="empty">{t.empty}</p>
            )}
            {g.totalDocs > g.docs.length ? <Link href={`${paths.procedures}?cap=${levelParam(g.level)}`}>{t.seeAll(g.totalDocs, label)}</Link> : null}
          </section>
        )
      })}
    </>
  )
}

/** One level, a page at a time. */
const OneLevel = async ({ filters, locale }: { filters: Required<Pick<ProcedureFilters, 'level'>> & ProcedureFilters; locale: Locale }) => {
  const t = dictionary(locale).procedures
  const { docs, page, totalDocs, totalPages } = await listProcedures({ level: filters.level, locale, page: filters.page })
  return (
    <>
      <p aria-live="polite" className="meta">
        {t.count(totalDocs)} · {optionLabel(procedureLevels, filters.level, locale)}
      </p>
      <ul className="list">
        {docs.map((p) => <ProcedureItem heading="h2" key={p.id} locale={locale} procedure={p} />)}
      </ul>
      {docs.length === 0 ? <p className="empty">{t.empty}</p> : null}
      <Pagination basePath={pathsFor(locale).procedures} locale={locale} page={page} params={procedureFilterParams(filters)} totalPages={totalPages} />
    </>
  )
}

/** The listing for one set of URL filters (validated; an unknown level shows every level). */
export const ProcedureListing = async ({ locale, params }: { locale: Locale; params: SearchParams }) => {
  const t = dictionary(locale)
  const paths = pathsFor(locale)
  const filters = parseProcedureFilters(params)
  const selected = procedureFilterParams(filters)
  return (
    <div className="container procedures">
      <Breadcrumbs items={[{ href: paths.procedures, label: t.procedures.title }]} locale={locale} />
      <h1>{t.procedures.title}</h1>
      <p className="lead">{t.procedures.description}</p>
      <ProcedureSearchBox locale={locale} />
      <FilterForm action={paths.procedures} label={t.procedures.filterLabel} locale={locale}>
        <SelectField defaultValue={selected.cap} label={t.procedures.level} locale={locale} name="cap" options={procedureLevels.map((o) => ({ label: o.label[locale], value: levelParam(o.value) }))} />
      </FilterForm>
      {filters.level ? <OneLevel filters={{ ...filters, level: filters.level }} locale={locale} /> : <Groups locale={locale} />}
    </div>
  )
}

/** The listing's two routes: app/(frontend)/[locale]/thu-tuc/page.tsx and its loc/[filters] (src/proxy.ts). */
export const procedureListing = listingRoutes({ Listing: ProcedureListing, path: sitePaths.procedures, section: 'procedures' })
