import Link from 'next/link'

import { documentStatuses, documentTypes } from '../../collections/Documents'
import { Breadcrumbs } from '../site/Breadcrumbs'
import { FilterForm } from '../site/FilterForm'
import { Pagination } from '../site/Pagination'
import { SelectField } from '../site/SelectField'
import { formatDate } from '../../lib/dates'
import { one, pageNumber, type SearchParams } from '../../lib/filters/params'
import { optionLabel } from '../../lib/labels'
import { sitePaths } from '../../lib/paths'
import { listDocuments } from '../../lib/queries/documents'

/** The listing for one set of URL filters (validated; unknown values are ignored). */
export const DocumentListing = async ({ params }: { params: SearchParams }) => {
  const typeParam = one(params, 'loai')
  const type = documentTypes.some((t) => t.value === typeParam) ? typeParam : undefined
  const { docs, page, totalDocs, totalPages } = await listDocuments({ page: pageNumber(params), type })
  return (
    <div className="container">
      <Breadcrumbs items={[{ href: sitePaths.documents, label: 'Văn bản' }]} />
      <h1>Văn bản</h1>
      <FilterForm action={sitePaths.documents} label="Lọc văn bản">
        <SelectField defaultValue={type} label="Loại văn bản" name="loai" options={documentTypes.map((t) => ({ label: t.label.vi, value: t.value }))} />
      </FilterForm>
      <p aria-live="polite" className="meta">
        {totalDocs} văn bản
      </p>
      <ul className="list">
        {docs.map((d) => (
          <li key={d.id}>
            <h2 className="h3">
              <Link href={sitePaths.document(d.slug ?? '')}>{d.title}</Link>
            </h2>
            <p className="meta">
              {optionLabel(documentTypes, d.type)} số {d.number} · {d.issuer} · {formatDate(d.issuedDate)} · {optionLabel(documentStatuses, d.status)}
            </p>
          </li>
        ))}
      </ul>
      <Pagination basePath={sitePaths.documents} page={page} params={type ? { loai: type } : {}} totalPages={totalPages} />
    </div>
  )
}
