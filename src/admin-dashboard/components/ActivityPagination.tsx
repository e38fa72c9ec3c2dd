import { type ActivityFilter } from '../activity/queries'
import { activityHref } from '../activity/params'
import type { Labels } from '../labels'

type Props = {
  base: string
  filter: ActivityFilter
  labels: Labels
  page: number
  totalPages: number
}

/** Previous / next links that keep the filters; the current page is stated, not guessed from the links. */
export const ActivityPagination = ({ base, filter, labels, page, totalPages }: Props) => {
  if (totalPages <= 1) return null
  return (
    <nav
      aria-label={labels.pagination.label}
      style={{
        alignItems: 'center',
        display: 'flex',
        flexWrap: 'wrap',
        gap: 'var(--base)',
      }}
    >
      {page > 1 ? (
        <a href={activityHref({ ...filter, base, page: page - 1 })} rel="prev">
          ← {labels.pagination.previous}
        </a>
      ) : null}
      <span aria-current="page">{labels.pagination.page(page, totalPages)}</span>
      {page < totalPages ? (
        <a href={activityHref({ ...filter, base, page: page + 1 })} rel="next">
          {labels.pagination.next} →
        </a>
      ) : null}
    </nav>
  )
}
