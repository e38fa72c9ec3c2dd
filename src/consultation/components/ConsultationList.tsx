import Link from 'next/link'

import { awardForms } from '@/collections/Awards/options'
import { dictionary, type Locale } from '@/i18n'
import { consultationState } from '../state'
import { formatDateTime } from '@/lib/dates/format'
import { optionLabel } from '@/lib/text/optionLabel'
import { pathsFor } from '@/lib/urls/sitePaths'
import type { ListedNomination } from '../queries'
import { ConsultationStatus } from './ConsultationStatus'
import { nomineeOf } from './nominee'

/** One section of /lay-y-kien: open consultations or recently finished ones. */
export const ConsultationList = ({ empty, heading, id, locale, nominations }: { empty: string; heading: string; id: string; locale: Locale; nominations: ListedNomination[] }) => {
  const t = dictionary(locale).consultations
  const paths = pathsFor(locale)
  return (
    <section aria-labelledby={id} className="section">
      <h2 id={id}>{heading}</h2>
      {nominations.length === 0 ? <p className="empty">{empty}</p> : null}
      <ul className="list">
        {nominations.map((n) => {
          const nominee = nomineeOf(n)
          const state = consultationState(n)
          return (
            <li key={n.id}>
              <h3 className="h3">
                <Link href={paths.consultation(n.slug ?? '')}>{nominee.name}</Link>
              </h3>
              <p className="meta" lang="vi">
                {n.title} · {optionLabel(awardForms, n.form, locale)}
                {nominee.unit ? ` · ${nominee.unit}` : ''}
                {nominee.province ? ` · ${nominee.province}` : ''}
              </p>
              <p className="meta">
                <ConsultationStatus locale={locale} state={state} /> {state === 'open' ? t.until(formatDateTime(n.closesAt)) : `${t.window}: ${t.windowRange(formatDateTime(n.opensAt), formatDateTime(n.closesAt))}`}
              </p>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
