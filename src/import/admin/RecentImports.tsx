import { importKinds, importStatuses } from '@/collections/Imports/options'
import { formatDateTime } from '@/lib/dates/format'
import type { Import } from '@/payload-types'

type Row = Pick<Import, 'counts' | 'createdAt' | 'filename' | 'id' | 'kind' | 'status' | 'summary'>

const label = (options: readonly { label: { vi: string }; value: string }[], value: string) => options.find((o) => o.value === value)?.label.vi ?? value

/** The last imports, newest first: what each file gave. */
export const RecentImports = ({ docs }: { docs: Row[] }) => {
  if (docs.length === 0) return null
  return (
    <section aria-labelledby="recent-imports" style={{ marginTop: 'calc(var(--base) * 2)' }}>
      <h2 id="recent-imports">Các lần nhập gần đây</h2>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Thời điểm</th>
            <th scope="col">Tệp</th>
            <th scope="col">Loại</th>
            <th scope="col">Trạng thái</th>
            <th scope="col">Kết quả</th>
          </tr>
        </thead>
        <tbody>
          {docs.map((doc) => (
            <tr key={doc.id}>
              <td>{formatDateTime(doc.createdAt)}</td>
              <td>{doc.filename}</td>
              <td>{label(importKinds, doc.kind)}</td>
              <td>{label(importStatuses, doc.status)}</td>
              <td>{doc.summary}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
