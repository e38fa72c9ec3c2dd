'use client'

import { useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useState } from 'react'

import { formatDateTime } from '@/lib/dates/format'

const TEXT = {
  en: {
    copied: 'Copied',
    copy: 'Copy link',
    create: 'Create preview link',
    days: (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`,
    expires: (when: string) => `Valid until ${when}. Anyone with the link can read the latest draft, without an account.`,
    failed: 'Could not create the link:',
    help: 'Send a colleague without an account a link to the latest draft of this course.',
    save: 'Save the course first.',
    title: 'Preview link',
    validity: 'Valid for',
  },
  vi: {
    copied: 'Đã sao chép',
    copy: 'Sao chép liên kết',
    create: 'Tạo liên kết xem trước',
    days: (n: number) => `${n} ngày`,
    expires: (when: string) => `Có hiệu lực đến ${when}. Ai có liên kết đều đọc được bản nháp mới nhất, không cần tài khoản.`,
    failed: 'Không tạo được liên kết:',
    help: 'Gửi cho đồng nghiệp không có tài khoản một liên kết tới bản nháp mới nhất của khóa học.',
    save: 'Hãy lưu khóa học trước.',
    title: 'Liên kết xem trước',
    validity: 'Thời hạn',
  },
}
const DAYS = [1, 7, 30]

/** Sidebar field on a course: choose a validity, create a signed preview link, copy it. */
export const CoursePreviewLink = () => {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const t = i18n.language === 'en' ? TEXT.en : TEXT.vi
  const [days, setDays] = useState(7)
  const [link, setLink] = useState<{ expiresAt: string; url: string } | null>(null)
  const [error, setError] = useState('')
  const [copied, setCopied] = useState(false)
  if (id === undefined || id === null) return <p className="field-description">{t.save}</p>
  const create = async () => {
    setError('')
    setCopied(false)
    const res = await fetch(`${config.serverURL}${config.routes.api}/courses/${encodeURIComponent(String(id))}/preview-link`, {
      body: JSON.stringify({ hours: days * 24 }),
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      method: 'POST',
    })
    const body = (await res.json().catch(() => ({}))) as { error?: string; expiresAt?: string; url?: string }
    if (res.ok && body.url && body.expiresAt) setLink({ expiresAt: body.expiresAt, url: body.url })
    else setError(`${t.failed} ${body.error ?? res.status}`)
  }
  return (
    <div className="field-type" style={{ marginBottom: 'var(--base)' }}>
      <label className="field-label" htmlFor="course-preview-days">{t.title}</label>
      <p className="field-description">{t.help}</p>
      <div style={{ alignItems: 'center', display: 'flex', gap: '0.5rem', margin: '0.5rem 0' }}>
        <span>{t.validity}</span>
        <select id="course-preview-days" onChange={(event) => setDays(Number(event.target.value))} value={days}>
          {DAYS.map((n) => (
            <option key={n} value={n}>{t.days(n)}</option>
          ))}
        </select>
      </div>
      <button className="btn btn--style-secondary btn--size-small" onClick={create} type="button">{t.create}</button>
      {error ? <p role="alert" style={{ color: 'var(--theme-error-500)' }}>{error}</p> : null}
      {link ? (
        <div>
          <input aria-label={t.title} onFocus={(event) => event.currentTarget.select()} readOnly style={{ width: '100%' }} value={link.url} />
          <button
            className="btn btn--style-secondary btn--size-small"
            onClick={async () => {
              await navigator.clipboard.writeText(link.url)
              setCopied(true)
            }}
            type="button"
          >
            {copied ? t.copied : t.copy}
          </button>
          <p aria-live="polite" className="field-description">{t.expires(formatDateTime(link.expiresAt))}</p>
        </div>
      ) : null}
    </div>
  )
}
