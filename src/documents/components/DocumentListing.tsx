import Link from 'next/link'

import { documentStatuses, documentTypes } from '@/collections/Documents/options'
import { Breadcrumbs } from '@/components/Breadcrumbs'
import { FilterForm } from '@/components/FilterForm'
import { Pagination } from '@/components/Pagination'
import { SelectField } from '@/components/SelectField'
import { formatDate } from '@/lib/dates/format'
import { one, pageNumber, type SearchParams } from '@/lib/filters/params'
import { optionLabel } from '@/lib/text/optionLabel'
import { dictionary, type Locale } from '@/i18n'
import { pathsFor, sitePaths } from '@/lib/urls/sitePaths'
import { listDocuments } from '../queries'
import { listingRoutes } from '@/lib/listings/listingRoutes'

/** The listing for one set of URL filters (validated; unknown values are ignored). */
export const DocumentListing = async ({ locale, params }: { locale: Locale; params: SearchParams }) => {
  const t = dictionary(locale)
  const paths = pathsFor(locale)
  const typeParam = one(params, 'loai')
  const type = documentTypes.some((t) => t.value === typeParam) ? typeParam : undefined
  const { docs, page, totalDocs, totalPages } = await listDocuments({ locale, page: pageNumber(params), type })
  return (
    <div className="container">
      <Breadcrumbs items={[{ href: paths.documents, label: t.documents.title }]} locale={locale} />
      <h1>{t.documents.title}</h1>
      <FilterForm action={paths.documents} label={t.documents.filterLabel} locale={locale}>
        <SelectField defaultValue={type} label={t.documents.typeFilter} locale={locale} name="loai" options={documentTypes.map((o) => ({ label: o.label[locale], value: o.value }))} />
      </FilterForm>
      <p aria-live="polite" className="meta">
        {t.documents.count(totalDocs)}
      </p>
      <ul className="list">
        {docs.map((d) => (
          <li key={d.id}>
            <h2 className="h3">
              <Link href={paths.document(d.slug ?? '')}>{d.title}</Link>
            </h2>
            <p className="meta">
              {t.documents.numbered(optionLabel(documentTypes, d.type, locale), d.number)} · {d.issuer} · {formatDate(d.issuedDate)} · {optionLabel(documentStatuses, d.status, locale)}
            </p>
          </li>
        ))}
      </ul>
      <Pagination basePath={paths.documents} locale={locale} page={page} params={type ? { loai: type } : {}} totalPages={totalPages} />
    </div>
  )
}

/** The listing's two routes: app/(frontend)/[locale]/van-ban/page.tsx and its loc/[filters] (src/proxy.ts). */
export const documentListing = listingRoutes({ Listing: DocumentListing, path: sitePaths.documents, section: 'documents' })
