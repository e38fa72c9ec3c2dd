import type { Column } from '../../payload-types'

/** The column's licence and how republishers must credit it. */
export const ColumnLicence = ({ column }: { column: Pick<Column, 'attribution' | 'licence'> }) =>
  column.licence || column.attribution ? (
    <aside aria-label="Giấy phép sử dụng" className="note">
      {column.licence ? <p>Giấy phép: {column.licence}</p> : null}
      {column.attribution ? <p>{column.attribution}</p> : null}
    </aside>
  ) : null
