'use client'

import { useEffect, useState } from 'react'

import { parseYear } from '@/clusters/years'

import { CheckReport, type ImportRecord } from './CheckReport.client'

type Kind = { label: string; value: string }

const POLL_MS = 1000

const errorMessage = async (response: Response): Promise<string> => {
  const body = (await response.json().catch(() => null)) as { errors?: { message?: string }[] } | null
  return body?.errors?.[0]?.message ?? `Máy chủ trả lời ${response.status}.`
}

/**
 * Upload → check → confirm → live count. The file and the report live on
 * the import record, so a reload or a closed tab loses nothing: the job
 * goes on and the list below shows how it ended.
 */
export const ImportPanel = ({ apiBase, kinds }: { apiBase: string; kinds: Kind[] }) => {
  const [kind, setKind] = useState(kinds[0]?.value ?? 'awards')
  const [record, setRecord] = useState<ImportRecord | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  // Cluster scores: the template of one cluster's year lists its members and criterion codes.
  const [templateCluster, setTemplateCluster] = useState('')
  const [templateYear, setTemplateYear] = useState('')
  const clusterTemplate = kind === 'clusterScores' && templateCluster.trim() && parseYear(templateYear.trim()) !== null
  const templateHref = `${apiBase}/imports/template/${kind}${clusterTemplate ? `?${new URLSearchParams({ cluster: templateCluster.trim(), year: templateYear.trim() })}` : ''}`

  const running = record?.status === 'queued' || record?.status === 'running'
  useEffect(() => {
    if (!running || !record) return
    const timer = setInterval(async () => {
      const response = await fetch(`${apiBase}/imports/${record.id}?depth=0`, { credentials: 'include' })
      if (response.ok) setRecord((await response.json()) as ImportRecord)
    }, POLL_MS)
    return () => clearInterval(timer)
  }, [apiBase, record, running])

  const check = async (form: HTMLFormElement) => {
    const data = new FormData(form)
    const body = new FormData()
    body.set('file', data.get('file') as Blob)
    body.set('_payload', JSON.stringify({ kind: data.get('kind'), publish: data.get('publish') === 'on', skipInvalid: data.get('skipInvalid') === 'on' }))
    const response = await fetch(`${apiBase}/imports/check`, { body, credentials: 'include', method: 'POST' })
    if (!response.ok) throw new Error(await errorMessage(response))
    setRecord(((await response.json()) as { doc: ImportRecord }).doc)
  }

  const confirm = async () => {
    if (!record) return
    const response = await fetch(`${apiBase}/imports/${record.id}/run`, { credentials: 'include', method: 'POST' })
    if (!response.ok) throw new Error(await errorMessage(response))
    setRecord(((await response.json()) as { doc: ImportRecord }).doc)
  }

  const act = (work: () => Promise<void>) => async () => {
    setBusy(true)
    setError(null)
    try {
      await work()
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure))
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="import-panel">
      <form
        aria-labelledby="import-title"
        onSubmit={(event) => {
          event.preventDefault()
          const form = event.currentTarget
          void act(() => check(form))()
        }}
        style={{ display: 'grid', gap: 'calc(var(--base) / 2)', maxWidth: '40rem' }}
      >
        <label htmlFor="import-kind">Loại dữ liệu</label>
        <select id="import-kind" name="kind" onChange={(e) => setKind(e.target.value)} value={kind}>
          {kinds.map((k) => (
            <option key={k.value} value={k.value}>
              {k.label}
            </option>
          ))}
        </select>
        {kind === 'clusterScores' ? (
          <>
            <label htmlFor="import-template-cluster">Mẫu của cụm, khối (đường dẫn hoặc tên; để trống: mẫu chung)</label>
            <input id="import-template-cluster" onChange={(e) => setTemplateCluster(e.target.value)} type="text" value={templateCluster} />
            <label htmlFor="import-template-year">Năm của mẫu</label>
            <input id="import-template-year" inputMode="numeric" onChange={(e) => setTemplateYear(e.target.value)} pattern="[0-9]{4}" type="text" value={templateYear} />
          </>
        ) : null}
        <p>
          <a download href={templateHref}>
            {clusterTemplate ? `Tải tệp mẫu điểm năm ${templateYear.trim()} (.xlsx)` : 'Tải tệp mẫu (.xlsx)'}
          </a>
        </p>
        <label htmlFor="import-file">Tệp bảng tính (.xlsx, .csv)</label>
        <input accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" id="import-file" name="file" required type="file" />
        <label>
          <input name="publish" type="checkbox" /> Xuất bản ngay (mặc định lưu bản nháp để rà soát)
        </label>
        <label>
          <input name="skipInvalid" type="checkbox" /> Bỏ qua dòng lỗi, nhập các bản ghi hợp lệ
        </label>
        <button className="btn btn--style-primary" disabled={busy} type="submit">
          {busy ? 'Đang kiểm tra…' : 'Kiểm tra tệp'}
        </button>
      </form>
      {error ? (
        <p className="import-panel__error" role="alert">
          {error}
        </p>
      ) : null}
      {record ? <CheckReport busy={busy} onConfirm={act(confirm)} record={record} /> : null}
    </div>
  )
}
