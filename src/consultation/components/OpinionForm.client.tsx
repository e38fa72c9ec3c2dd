'use client'

import { type FormEvent, useEffect, useRef, useState } from 'react'

export type OpinionFormLabels = Record<
  'address' | 'contact' | 'contactHint' | 'errorSummary' | 'fullName' | 'honeypot' | 'intro' | 'network' | 'privacy' | 'privacyHeading' | 'retention' | 'sendAnother' | 'sending' | 'sentBody' | 'sentHeading' | 'stance' | 'submit' | 'text' | 'textHint',
  string
>
type Props = { anchor: string; labels: OpinionFormLabels; limits: Record<'address' | 'contact' | 'fullName' | 'text', number>; locale: string; nominationId: number | string; stances: { label: string; value: string }[] }

type Field = 'address' | 'contact' | 'fullName' | 'nomination' | 'stance' | 'text'
type State = { errors: Partial<Record<Field, string>>; status: 'error' } | { status: 'idle' } | { status: 'sent' }

/**
 * The public opinion form. Without script the browser posts it to the
 * endpoint and gets pages back; with script it is sent as JSON and answered
 * in place. Fields are never cleared on a refusal, so nothing typed is lost.
 */
export const OpinionForm = ({ anchor, labels, limits, locale, nominationId, stances }: Props) => {
  const endpoint = `/api/nominations/${encodeURIComponent(String(nominationId))}/opinions?locale=${locale}`
  const [state, setState] = useState<State>({ status: 'idle' })
  const [pending, setPending] = useState(false)
  const announce = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (state.status !== 'idle') announce.current?.focus()
  }, [state])

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (pending) return
    setPending(true)
    try {
      const body = JSON.stringify(Object.fromEntries(new FormData(event.currentTarget)))
      const response = await fetch(endpoint, { body, headers: { Accept: 'application/json', 'Content-Type': 'application/json' }, method: 'POST' })
      if (response.ok) return setState({ status: 'sent' })
      const { errors = [] } = (await response.json()) as { errors?: { field?: string; message: string }[] }
      setState({ errors: Object.fromEntries(errors.map((e) => [e.field ?? 'nomination', e.message])), status: 'error' })
    } catch {
      setState({ errors: { nomination: labels.network }, status: 'error' })
    } finally {
      setPending(false)
    }
  }

  if (state.status === 'sent') {
    return (
      <div className="notice notice-ok" ref={announce} role="status" tabIndex={-1}>
        <h3>{labels.sentHeading}</h3>
        <p>{labels.sentBody}</p>
        <p>
          <button className="link-button" onClick={() => setState({ status: 'idle' })} type="button">{labels.sendAnother}</button>
        </p>
      </div>
    )
  }
  const errors = state.status === 'error' ? state.errors : {}
  const described = (name: string, hint?: boolean) => [hint ? `op-${name}-hint` : '', errors[name as keyof typeof errors] ? `op-${name}-error` : ''].filter(Boolean).join(' ') || undefined
  const errorOf = (name: keyof typeof errors) => (errors[name] ? <p className="field-error" id={`op-${name}-error`}>{errors[name]}</p> : null)
  const field = (name: 'address' | 'contact' | 'fullName', label: string, hint?: string, autoComplete?: string) => (
    <div className="field">
      <label htmlFor={`op-${name}`}>{label}</label>
      {hint ? <p className="field-hint" id={`op-${name}-hint`}>{hint}</p> : null}
      <input aria-describedby={described(name, Boolean(hint))} aria-invalid={errors[name] ? true : undefined} autoComplete={autoComplete} id={`op-${name}`} maxLength={limits[name]} name={name} required type="text" />
      {errorOf(name)}
    </div>
  )

  return (
    <form action={endpoint} aria-busy={pending} className="opinion-form" id={`${anchor}-form`} method="post" noValidate onSubmit={submit}>
      {state.status === 'error' ? (
        <div className="notice notice-error" ref={announce} role="alert" tabIndex={-1}>
          <p>{labels.errorSummary}</p>
          <ul>
            {Object.entries(errors).map(([name, message]) => (
              <li key={name}>{name === 'nomination' ? message : <a href={`#op-${name}`}>{message}</a>}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <p>{labels.intro}</p>
      {field('fullName', labels.fullName, undefined, 'name')}
      {field('contact', labels.contact, labels.contactHint)}
      {/* `street-address` is a multi-line token, valid on a textarea only (Nu HTML Checker); one line of address here. */}
      {field('address', labels.address, undefined, 'address-line1')}
      <fieldset aria-describedby={described('stance')} className="field stances">
        <legend>{labels.stance}</legend>
        {stances.map((s) => (
          <label key={s.value}>
            <input name="stance" required type="radio" value={s.value} /> {s.label}
          </label>
        ))}
        {errorOf('stance')}
      </fieldset>
      <div className="field">
        <label htmlFor="op-text">{labels.text}</label>
        <p className="field-hint" id="op-text-hint">{labels.textHint}</p>
        <textarea aria-describedby={described('text', true)} aria-invalid={errors.text ? true : undefined} id="op-text" maxLength={limits.text} name="text" required rows={6} />
        {errorOf('text')}
      </div>
      <div aria-hidden="true" className="hp">
        <label htmlFor="op-website">{labels.honeypot}</label>
        <input autoComplete="off" id="op-website" name="website" tabIndex={-1} type="text" />
      </div>
      <section aria-labelledby="op-privacy" className="privacy">
        <h3 id="op-privacy">{labels.privacyHeading}</h3>
        <p>{labels.privacy}</p>
        <p>{labels.retention}</p>
      </section>
      <button disabled={pending} type="submit">{pending ? labels.sending : labels.submit}</button>
    </form>
  )
}
