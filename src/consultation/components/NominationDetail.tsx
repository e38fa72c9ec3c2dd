import Link from 'next/link'

import { awardForms } from '@/collections/Awards/options'
import { exemplarKinds } from '@/collections/Exemplars/options'
import { dictionary, type Locale } from '@/i18n'
import { consultationState } from '../state'
import { formatDate, formatDateTime } from '@/lib/dates/format'
import { optionLabel } from '@/lib/text/optionLabel'
import { pathsFor } from '@/lib/urls/sitePaths'
import type { ConsultationDoc, OpinionCounts } from '../queries'
import type { Retention } from '../retention/options'
import type { Award } from '@/payload-types'
import { FileLink } from '@/components/FileLink'
import { ConsultationStatus } from './ConsultationStatus'
import { nomineeOf } from './nominee'
import { OpinionForm } from './OpinionForm.client'
import { opinionFormProps } from './opinionFormLabels'

const FORM_ANCHOR = 'gui-y-kien'

/** A nomination put to public comment: who, for what, why, and where the consultation stands. */
export const NominationDetail = ({ counts, locale, nomination: n, retention }: { counts: OpinionCounts | null; locale: Locale; nomination: ConsultationDoc; retention: Retention }) => {
  const t = dictionary(locale).consultations
  const paths = pathsFor(locale)
  const nominee = nomineeOf(n)
  const state = consultationState(n)
  const decision = n.decision && typeof n.decision === 'object' ? (n.decision as Award) : null
  return (
    <article>
      <p>
        <ConsultationStatus locale={locale} state={state} />
      </p>
      <h1 lang="vi">{nominee.name}</h1>
      <p className="lead" lang="vi">{n.title}</p>
      <dl className="facts">
        <dt>{t.nominee}</dt>
        <dd>
          <span lang="vi">{nominee.name}</span> ({optionLabel(exemplarKinds, nominee.kind, locale)})
          {nominee.slug ? <> · <Link href={paths.exemplar(nominee.slug)}>{t.profile}</Link></> : null}
        </dd>
        {nominee.unit ? (<><dt>{t.unit}</dt><dd lang="vi">{nominee.unit}</dd></>) : null}
        {nominee.province ? (<><dt>{t.province}</dt><dd>{nominee.province}</dd></>) : null}
        <dt>{t.proposedForm}</dt>
        <dd>{optionLabel(awardForms, n.form, locale)}</dd>
        <dt>{t.proposingBody}</dt>
        <dd lang="vi">{n.proposingBody}</dd>
        <dt>{t.window}</dt>
        <dd>{t.windowRange(formatDateTime(n.opensAt), formatDateTime(n.closesAt))}</dd>
      </dl>
      {state === 'decided' && decision ? (
        <p className="notice notice-ok">
          {t.decidedNote} <Link href={paths.award(decision.slug ?? String(decision.id))}>{decision.awardTitle} ({dictionary(locale).common.decision(decision.decisionNumber, formatDate(decision.decisionDate))})</Link>
        </p>
      ) : null}
      {state === 'withdrawn' ? <p className="note">{t.withdrawnNote}</p> : null}
      {state === 'closed' ? <p className="note">{t.closedNote}</p> : null}
      {state === 'ended' ? <p className="note">{t.endedNote}</p> : null}
      {state === 'notYet' ? <p className="note">{t.notYetNote(formatDateTime(n.opensAt))}</p> : null}
      <section aria-labelledby="thanh-tich">
        <h2 id="thanh-tich">{t.achievements}</h2>
        <p className="prose pre-line" lang="vi">{n.achievements}</p>
      </section>
      {n.supportingFiles?.length ? (
        <section aria-labelledby="ho-so">
          <h2 id="ho-so">{t.supportingFiles}</h2>
          <ul>
            {n.supportingFiles.map((f) => (
              <li key={typeof f === 'object' ? f.id : f}><FileLink file={f} locale={locale} /></li>
            ))}
          </ul>
        </section>
      ) : null}
      {counts ? (
        <section aria-labelledby="ket-qua">
          <h2 id="ket-qua">{t.countsHeading}</h2>
          <p>{t.counts(counts.agree, counts.disagree, counts.other, counts.total)}</p>
        </section>
      ) : null}
      {state === 'open' ? (
        <section aria-labelledby={FORM_ANCHOR}>
          <h2 id={FORM_ANCHOR}>{t.formHeading}</h2>
          <OpinionForm anchor={FORM_ANCHOR} locale={locale} nominationId={n.id} {...opinionFormProps({ locale, retention })} />
        </section>
      ) : null}
    </article>
  )
}
