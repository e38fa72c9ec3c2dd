import Link from 'next/link'

type Props = { basePath: string; page: number; params: Record<string, string | string[]>; totalPages: number }

const hrefFor = ({ basePath, page, params }: Omit<Props, 'totalPages'>) => {
  const query = new URLSearchParams()
  for (const [key, value] of Object.entries(params)) for (const v of Array.isArray(value) ? value : [value]) query.append(key, v)
  if (page > 1) query.set('trang', String(page))
  const qs = query.toString()
  return qs ? `${basePath}?${qs}` : basePath
}

/** Previous / next links that keep the current filters in the URL. */
export const Pagination = ({ basePath, page, params, totalPages }: Props) =>
  totalPages > 1 ? (
    <nav aria-label="Phân trang" className="pagination">
      {page > 1 ? <Link href={hrefFor({ basePath, page: page - 1, params })} rel="prev">← Trang trước</Link> : <span />}
      <span>
        Trang {page}/{totalPages}
      </span>
      {page < totalPages ? <Link href={hrefFor({ basePath, page: page + 1, params })} rel="next">Trang sau →</Link> : <span />}
    </nav>
  ) : null
