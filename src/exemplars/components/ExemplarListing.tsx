
import { Breadcrumbs } from '@/components/Breadcrumbs'
import { Pagination } from '@/components/Pagination'
import { ExemplarCard } from './ExemplarCard'
import { ExemplarFilterForm } from './ExemplarFilterForm'
import { exemplarFilterParams, exemplarFlagParams, parseExemplarFilters } from '../filters'
import type { SearchParams } from '@/lib/filters/params'
import { dictionary, type Locale } from '@/i18n'
import { pathsFor, sitePaths } from '@/lib/urls/sitePaths'
import { listExemplars } from '../queries'
import { getTaxonomies } from '@/lib/queries/taxonomies'
import { listingRoutes } from '@/lib/listings/listingRoutes'
import { feedLinksFor } from '@/feeds/links'

/** The listing for one set of URL filters (validated; unknown values are ignored). */
export const ExemplarListing = async ({ locale, params: searchParams }: { locale: Locale; params: SearchParams }) => {
  const t = dictionary(locale)
  const paths = pathsFor(locale)
  const filters = parseExemplarFilters(searchParams)
  const [{ docs, page, totalDocs, totalPages }, { provinces, sectors }] = await Promise.all([listExemplars(filters, locale), getTaxonomies(locale)])
  return (
    <div className="container">
      <Breadcrumbs items={[{ href: paths.exemplars, label: t.nav.exemplars }]} locale={locale} />
      <h1>{t.exemplars.title}</h1>
      <ExemplarFilterForm filters={filters} locale={locale} provinces={provinces.map((p) => ({ label: p.name, value: p.slug ?? '' }))} sectors={sectors.map((s) => ({ label: s.name, value: s.slug ?? '' }))} />
      <p aria-live="polite" className="meta">
        {t.exemplars.count(totalDocs)}
      </p>
      {docs.length ? (
        <ul className="cards">
          {docs.map((exemplar) => (
            <ExemplarCard exemplar={exemplar} key={exemplar.id} level={2} locale={locale} />
          ))}
        </ul>
      ) : (
        <p className="empty">{t.exemplars.empty}</p>
      )}
      <Pagination basePath={paths.exemplars} locale={locale} page={page} params={{ ...exemplarFilterParams(filters), 'doi-tuong': exemplarFlagParams(filters) }} totalPages={totalPages} />
    </div>
  )
}

/** The listing's two routes: app/(frontend)/[locale]/guong-dien-hinh/page.tsx and its loc/[filters] (src/proxy.ts). */
export const exemplarListing = listingRoutes({ Listing: ExemplarListing, links: (locale) => feedLinksFor({ name: 'guong-dien-hinh', title: dictionary(locale).exemplars.title }), path: sitePaths.exemplars, section: 'exemplars' })
