import type { ServerProps } from 'payload'

import { canSeeActivity } from '../access'
import { adminLanguage, labelsFor } from '../labels'
import { ACTIVITY_VIEW_PATH } from '../paths'

/** The activity log's place in the admin's side navigation, for those who may open it. */
export const ActivityNavLink = ({ i18n, payload, user }: ServerProps) => {
  if (!canSeeActivity(user ?? null)) return null
  return (
    <a className="nav__link" href={`${payload.config.routes.admin}${ACTIVITY_VIEW_PATH}`} id="nav-activity">
      <span className="nav__link-label">{labelsFor(adminLanguage(i18n)).activity.navLink}</span>
    </a>
  )
}
