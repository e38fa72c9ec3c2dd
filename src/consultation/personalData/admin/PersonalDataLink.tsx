import type { BeforeListTableServerProps } from 'payload'

import { EDITOR_ROLES, hasRole } from '@/access/roles'
import { personalDataText } from './text'

/** Above the opinions list: where a person's request about their own opinions is handled. */
export const PersonalDataLink = ({ i18n, payload, user }: BeforeListTableServerProps) => {
  if (!hasRole(user as Parameters<typeof hasRole>[0], ...EDITOR_ROLES)) return null
  return (
    <p style={{ marginBottom: 'var(--base)' }}>
      <a href={`${payload.config.routes.admin}/du-lieu-ca-nhan`}>{personalDataText(i18n.language).link}</a>
    </p>
  )
}
