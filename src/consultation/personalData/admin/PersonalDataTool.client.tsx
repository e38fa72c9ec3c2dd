'use client'

import { type FormEvent, useState } from 'react'

import { opinionStances } from '@/collections/Opinions/rules'
import { formatDateTime } from '@/lib/dates/format'
import { personalDataText } from './text'

type Found = { count: number; opinions: { address: string; contact: string; createdAt: string; fullName: string; id: number | string; nomination: { id: number | string; title?: string }; stance: string; text: string }[] }
type Query = { contact: string; name: string }

const errorOf = async (res: Response) => ((await res.json().catch(() => ({}))) as { errors?: { message: string }[] }).errors?.[0]?.message ?? String(res.status)

/** Search by contact (and name), list what matched, download it, erase it after a confirmation. */
export const PersonalDataTool = ({ api, language }: { api: string; language: 'en' | 'vi' }) => {
  const t = personalDataText(language)
  const [query, setQuery] = useState<Query>({ contact: '', name: '' })
  const [found, setFound] = useState<(Found & { query: Query }) | null>(null)
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null)
  const [busy, setBusy] = useState(false)
  const params = (q: Query, format?: string) => new URLSearchParams({ contact: q.contact, ...(q.name.trim() ? { name: q.name } : {}), ...(format ? { format } : {}) }).toString()

  const search = async (event: FormEvent) => {
    event.preventDefault()
    setBusy(true)
    setMessage(null)
    const res = await fetch(`${api}/opinions/personal-data?${params(query)}`, { credentials: 'include' })
    setBusy(false)
    if (!res.ok) return setMessage({ error: true, text: `${t.failed} ${await errorOf(res)}` })
    setFound({ ...((await res.json()) as Found), query })
  }

  const erase = async () => {
    if (!found || !window.confirm(t.confirmErase(found.count, found.query.contact))) return
    setBusy(true)
    const body = JSON.stringify({ contact: found.query.contact, ids: found.opinions.map((o) => o.id), ...(found.query.name.trim() ? { name: found.query.name } : {}) })
    const res = await fetch(`${api}/opinions/personal-data/erase`, { body, credentials: 'include', headers: { 'Content-Type': 'application/json' }, method: 'POST' })
    setBusy(false)
    if (!res.ok) return setMessage({ error: true, text: `${t.failed} ${await errorOf(res)}` })
    const { deleted } = (await res.json()) as { deleted: number }
    setFound(null)
    setMessage({ error: false, text: t.erased(deleted) })
  }

  const input = (name: keyof Query, label: string, required = false) => (
    <label style={{ display: 'grid', gap: '0.25rem', minWidth: '18rem' }}>
      <span className="field-label">{label}</span>
      <input maxLength={name === 'contact' ? 254 : 120} name={name} onChange={(e) => setQuery({ ...query, [name]: e.target.value })} required={required} value={query[name]} />
    </label>
  )
  return (
    <div>
      <form onSubmit={search} style={{ alignItems: 'end', display: 'flex', flexWrap: 'wrap', gap: 'var(--base)', margin: 'var(--base) 0' }}>
        {input('contact', t.contact, true)}
        {input('name', t.name)}
        <button className="btn btn--style-primary btn--size-medium" disabled={busy} style={{ margin: 0 }} type="submit">{t.search}</button>
      </form>
      {message ? <p role={message.error ? 'alert' : 'status'} style={message.error ? { color: 'var(--theme-error-500)' } : undefined}>{message.text}</p> : null}
      {found ? (
        <section aria-live="polite">
          <p>{found.count ? t.found(found.count) : t.empty}</p>
          {found.count ? (
            <>
              <p>
                {t.download} <a href={`${api}/opinions/personal-data?${params(found.query, 'json')}`}>JSON</a> · <a href={`${api}/opinions/personal-data?${params(found.query, 'csv')}`}>CSV</a>
              </p>
              <table className="table" style={{ width: '100%' }}>
                <thead>
                  <tr>{[t.received, t.nomination, t.fullName, t.contactShort, t.address, t.stance, t.text].map((h) => <th key={h} style={{ textAlign: 'left' }}>{h}</th>)}</tr>
                </thead>
                <tbody>
                  {found.opinions.map((o) => (
                    <tr key={o.id}>
                      <td>{formatDateTime(o.createdAt)}</td>
                      <td>{o.nomination.title ?? o.nomination.id}</td>
                      <td>{o.fullName}</td>
                      <td>{o.contact}</td>
                      <td>{o.address}</td>
                      <td>{opinionStances.find((s) => s.value === o.stance)?.label[language] ?? o.stance}</td>
                      <td style={{ whiteSpace: 'pre-line' }}>{o.text}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <button className="btn btn--style-error btn--size-medium" disabled={busy} onClick={erase} type="button">{t.erase(found.count)}</button>
            </>
          ) : null}
        </section>
      ) : null}
    </div>
  )
}
