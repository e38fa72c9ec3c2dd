import type { I18nClient } from '@payloadcms/translations'
import type { Payload, TypedLocale, TypedUser } from 'payload'

import { listActivity } from '../activity/queries'
import { ActivityTable } from '../components/ActivityTable'
import { ConsultationsTable } from '../components/ConsultationsTable'
import { ScheduledTable } from '../components/ScheduledTable'
import { Section } from '../components/Section'
import type { Labels } from '../labels'
import { ACTIVITY_VIEW_PATH } from '../paths'
import { listScheduledPublishes } from '../scheduledPublishes'
import { CLOSING_SOON_DAYS, listClosingConsultations } from './closingConsultations'
import { listDraftsAwaitingReview } from './reviewQueue'

type Props = {
  i18n: I18nClient
  labels: Labels
  locale?: TypedLocale
  payload: Payload
  user: TypedUser
}

const RECENT_COUNT = 10

/** An editor's or admin's home: what waits for them, each item linked to its document. */
export const EditorsSections = async ({ i18n, labels, locale, payload, user }: Props) => {
  const [review, scheduled, consultations, recent] = await Promise.all([
    listDraftsAwaitingReview({ locale, payload, user }),
    listScheduledPublishes({ locale, payload, user }),
    listClosingConsultations({ payload, user }),
    listActivity({ limit: RECENT_COUNT, locale, payload, user }),
  ])
  const table = { i18n, labels, payload }
  return (
    <>
      <Section empty={labels.dashboard.reviewEmpty} headingId="dashboard-review" isEmpty={review.length === 0} title={labels.dashboard.review}>
        <ActivityTable {...table} captionId="dashboard-review" rows={review} />
      </Section>
      <Section empty={labels.dashboard.scheduledEmpty} headingId="dashboard-scheduled" isEmpty={scheduled.length === 0} title={labels.dashboard.scheduled}>
        <ScheduledTable {...table} captionId="dashboard-scheduled" items={scheduled} />
      </Section>
      <Section empty={labels.dashboard.consultationsEmpty} headingId="dashboard-consultations" isEmpty={consultations.length === 0} title={labels.dashboard.consultations(CLOSING_SOON_DAYS)}>
        <ConsultationsTable captionId="dashboard-consultations" items={consultations} labels={labels} />
      </Section>
      <Section empty={labels.activity.empty} headingId="dashboard-recent" isEmpty={recent.rows.length === 0} title={labels.dashboard.recent}>
        <ActivityTable {...table} captionId="dashboard-recent" rows={recent.rows} />
      </Section>
      <p style={{ marginBottom: 'calc(var(--base) * 2)' }}>
        <a href={`${payload.config.routes.admin}${ACTIVITY_VIEW_PATH}`}>{labels.activity.seeAll} →</a>
      </p>
    </>
  )
}
