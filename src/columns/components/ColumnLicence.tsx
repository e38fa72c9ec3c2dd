import { dictionary, type Locale } from '@/i18n'
import type { Column } from '@/payload-types'

/** The column's licence and how republishers must credit it. */
export const ColumnLicence = ({ column, locale }: { column: Pick<Column, 'attribution' | 'licence'>; locale: Locale }) =>
  column.licence || column.attribution ? (
    <aside aria-label={dictionary(locale).licence.label} className="note">
      {column.licence ? (
        <p>
          {dictionary(locale).licence.prefix} {column.licence}
        </p>
      ) : null}
      {column.attribution ? <p>{column.attribution}</p> : null}
    </aside>
  ) : null
