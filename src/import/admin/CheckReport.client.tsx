'use client'

type Issue = { column?: string; message: string; row: number }

export type ImportRecord = {
  counts?: { created?: null | number; processed?: null | number; records?: null | number; rejected?: null | number; rows?: null | number; unchanged?: null | number; updated?: null | number } | null
  id: number | string
  report?: { ignoredColumns?: string[]; issues?: Issue[]; issuesTotal?: number; sheet?: string; warnings?: Issue[]; warningsTotal?: number } | null
  status: string
  summary?: null | string
}

const IssueTable = ({ caption, issues }: { caption: string; issues: Issue[] }) => (
  <table className="table">
    <caption style={{ textAlign: 'start', fontWeight: 600 }}>{caption}</caption>
    <thead>
      <tr>
        <th scope="col">Dòng</th>
        <th scope="col">Cột</th>
        <th scope="col">Nội dung</th>
      </tr>
    </thead>
    <tbody>
      {issues.map((issue, i) => (
        <tr key={`${issue.row}-${i}`}>
          <td>{issue.row}</td>
          <td>{issue.column ?? ''}</td>
          <td>{issue.message}</td>
        </tr>
      ))}
    </tbody>
  </table>
)

/** The check's findings, the confirm button while the file may be written, then the live count. */
export const CheckReport = ({ busy, onConfirm, record }: { busy: boolean; onConfirm: () => void; record: ImportRecord }) => {
  const report = record.report ?? {}
  const counts = record.counts ?? {}
  const total = counts.records ?? 0
  const running = record.status === 'queued' || record.status === 'running'
  return (
    <section aria-live="polite" className="import-report" data-status={record.status} style={{ marginTop: 'var(--base)' }}>
      <h2>Kết quả kiểm tra</h2>
      <p className="import-report__summary">{record.summary}</p>
      {report.ignoredColumns?.length ? <p>Các cột không dùng (bỏ qua): {report.ignoredColumns.map((c) => `"${c}"`).join(', ')}.</p> : null}
      {report.issues?.length ? <IssueTable caption={`Dòng lỗi (${report.issuesTotal ?? report.issues.length})`} issues={report.issues} /> : null}
      {report.warnings?.length ? <IssueTable caption={`Lưu ý (${report.warningsTotal ?? report.warnings.length})`} issues={report.warnings} /> : null}
      {record.status === 'checked' || record.status === 'failed' ? (
        <button className="btn btn--style-primary" disabled={busy || total === 0} onClick={onConfirm} type="button">
          {record.status === 'failed' ? 'Chạy lại' : `Xác nhận nhập ${total} bản ghi`}
        </button>
      ) : null}
      {running || record.status === 'done' ? (
        <p>
          <label htmlFor={`import-progress-${record.id}`}>{running ? 'Đang nhập' : 'Đã nhập'}: </label>
          <progress id={`import-progress-${record.id}`} max={total || 1} value={counts.processed ?? 0} />{' '}
          <span className="import-report__count">
            {counts.processed ?? 0}/{total} · tạo mới {counts.created ?? 0} · cập nhật {counts.updated ?? 0} · không đổi {counts.unchanged ?? 0}
          </span>
        </p>
      ) : null}
    </section>
  )
}
