import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter, SetStepNav } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps, TypedLocale } from 'payload'

import { canSeeActivity } from '../access'
import { ActivityFilters } from '../components/ActivityFilters'
import { ActivityPagination } from '../components/ActivityPagination'
import { ActivityTable } from '../components/ActivityTable'
import { adminLanguage, labelsFor } from '../labels'
import { ACTIVITY_VIEW_PATH } from '../paths'
import { listStaff } from '../staffNames'
import { trackedCollections } from '../trackedCollections'
import { activityParams } from './params'
import { listActivity } from './queries'

/**
 * The activity log (/admin/hoat-dong): who changed what and when, across
 * every versioned collection. A custom root view skips Payload's own admin
 * check, so this one checks the session and the role itself: no session goes
 * to the login, anyone but an editor or admin back to the dashboard.
 */
export const ActivityView = async ({ initPageResult, params, searchParams, user }: AdminViewServerProps) => {
  const { locale, permissions, req, visibleEntities } = initPageResult
  const { payload } = req
  const admin = payload.config.routes.admin
  const base = `${admin}${ACTIVITY_VIEW_PATH}`
  if (!req.user) redirect(`${admin}/login?redirect=${encodeURIComponent(base)}`)
  if (!canSeeActivity(req.user)) redirect(admin)

  const labels = labelsFor(adminLanguage(req.i18n))
  const filter = activityParams(payload, searchParams)
  const [activity, staff] = await Promise.all([
    listActivity({
      ...filter,
      locale: locale?.code as TypedLocale | undefined,
      payload,
      user: req.user,
    }),
    listStaff(payload),
  ])
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={payload}
      permissions={permissions}
      req={req}
      searchParams={searchParams}
      user={user}
      // Copied, as Payload's own views do: React 19 refuses the frozen original here.
      visibleEntities={{
        collections: visibleEntities?.collections ?? [],
        globals: visibleEntities?.globals ?? [],
      }}
    >
      <SetStepNav nav={[{ label: labels.activity.title }]} />
      <Gutter>
        <h1 id="activity-title" style={{ marginBottom: 'calc(var(--base) / 2)' }}>
          {labels.activity.title}
        </h1>
        <p style={{ marginBottom: 'var(--base)' }}>{labels.activity.intro}</p>
        <ActivityFilters action={base} collections={trackedCollections(payload)} filter={filter} i18n={req.i18n} labels={labels} staff={staff} />
        <p aria-live="polite">{labels.activity.count(activity.totalDocs)}</p>
        {activity.rows.length === 0 ? <p>{labels.activity.empty}</p> : <ActivityTable captionId="activity-title" i18n={req.i18n} labels={labels} payload={payload} rows={activity.rows} />}
        <ActivityPagination base={base} filter={filter} labels={labels} page={activity.page} totalPages={activity.totalPages} />
      </Gutter>
    </DefaultTemplate>
  )
}
