import type { ClosingConsultation } from '../dashboard/closingConsultations'
import type { Labels } from '../labels'
import { DataTable } from './DataTable'
import { WhenCell } from './WhenCell'

type Props = {
  captionId: string
  items: ClosingConsultation[]
  labels: Labels
}

/** Open consultations about to close, with a link straight to their unreviewed opinions. */
export const ConsultationsTable = ({ captionId, items, labels }: Props) => (
  <DataTable captionId={captionId} headers={[labels.columns.what, labels.dashboard.closesAt, labels.dashboard.unreviewed]}>
    {items.map((item) => (
      <tr key={String(item.id)}>
        <td>
          <a href={item.docUrl}>{item.title}</a>
        </td>
        <WhenCell value={item.closesAt} />
        <td>{item.unreviewed > 0 ? <a href={item.opinionsUrl}>{labels.dashboard.reviewOpinions(item.unreviewed)}</a> : '0'}</td>
      </tr>
    ))}
  </DataTable>
)
