import { formatDateTime } from '@/lib/dates/format'

/** dd/mm/yyyy HH:mm in Vietnam's time, with the exact instant for machines. */
export const WhenCell = ({ value }: { value: string }) => (
  <td style={{ whiteSpace: 'nowrap' }}>
    <time dateTime={value}>{formatDateTime(value)}</time>
  </td>
)
