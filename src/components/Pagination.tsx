import Link from 'next/link'

import { dictionary, type Locale } from '@/i18n'

type Props = { basePath: string; locale: Locale; page: number; params: Record<string, string | string[]>; totalPages: number }

const hrefFor = ({ basePath, page, params }: Omit<Props, 'locale' | 'totalPages'>) => {
  const query = new URLSearchParams()
  for (const [key, value] of Object.entries(params)) for (const v of Array.isArray(value) ? value : [value]) query.append(key, v)
  if (page > 1) query.set('trang', String(page))
  const qs = query.toString()
  return qs ? `${basePath}?${qs}` : basePath
}

/** Previous / next links that keep the current filters in the URL. */
export const Pagination = ({ basePath, locale, page, params, totalPages }: Props) => {
  const t = dictionary(locale).common
  return totalPages > 1 ? (
    <nav aria-label={t.pagination} className="pagination">
      {page > 1 ? <Link href={hrefFor({ basePath, page: page - 1, params })} rel="prev">{t.previous}</Link> : <span />}
      <span>{t.page(page, totalPages)}</span>
      {page < totalPages ? <Link href={hrefFor({ basePath, page: page + 1, params })} rel="next">{t.next}</Link> : <span />}
    </nav>
  ) : null
}
