import type { ServerProps, TypedLocale } from 'payload'

import { hasRole } from '@/access/roles'
import { canSeeActivity } from '../access'
import { TrainerSections } from '../components/TrainerSections'
import { adminLanguage, labelsFor } from '../labels'
import { EditorsSections } from './EditorsSections'
import { trainerOverview } from './trainerCourses'

/**
 * The top of the admin's home (`beforeDashboard`): what needs doing for
 * editors and admins, a trainer's courses for trainers; Payload's collection
 * cards stay below it. Contributors see the cards only.
 */
export const Dashboard = async ({ i18n, locale, payload, user }: ServerProps) => {
  if (!user) return null
  const labels = labelsFor(adminLanguage(i18n))
  const contentLocale = locale?.code as TypedLocale | undefined
  let body: React.ReactNode = null
  if (canSeeActivity(user)) body = <EditorsSections i18n={i18n} labels={labels} locale={contentLocale} payload={payload} user={user} />
  else if (hasRole(user, 'trainer'))
    body = (
      <TrainerSections
        labels={labels}
        overview={await trainerOverview({
          locale: contentLocale,
          payload,
          user,
        })}
      />
    )
  if (!body) return null
  return (
    <div style={{ marginBottom: 'var(--base)' }}>
      <h1 style={{ marginBottom: 'var(--base)' }}>{labels.dashboard.title}</h1>
      {body}
      <h2>{labels.dashboard.collections}</h2>
    </div>
  )
}
