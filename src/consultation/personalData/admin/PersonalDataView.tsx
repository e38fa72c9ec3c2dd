import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'

import { EDITOR_ROLES, hasRole } from '@/access/roles'
import { PersonalDataTool } from './PersonalDataTool.client'
import { personalDataText } from './text'

/**
 * /admin/du-lieu-ca-nhan — find, download and erase one person's opinions
 * on request. Every other staff role sees only a refusal; the endpoints
 * check again on each call.
 */
export const PersonalDataView = ({ initPageResult, params, searchParams }: AdminViewServerProps) => {
  const { locale, permissions, req, visibleEntities } = initPageResult
  const language = req.i18n.language === 'en' ? 'en' : 'vi'
  const t = personalDataText(language)
  const admin = req.payload.config.routes.admin
  return (
    <DefaultTemplate i18n={req.i18n} locale={locale} params={params} payload={req.payload} permissions={permissions} req={req} searchParams={searchParams} user={req.user ?? undefined} visibleEntities={visibleEntities}>
      <Gutter>
        <h1 style={{ margin: 'calc(var(--base) * 2) 0 var(--base)' }}>{t.title}</h1>
        {hasRole(req.user, ...EDITOR_ROLES) ? (
          <>
            <p style={{ maxWidth: '60rem' }}>{t.intro}</p>
            <p>
              <a href={`${admin}/collections/privacy-requests`}>{t.log}</a> · <a href={`${admin}/globals/opinion-retention`}>{t.retention}</a>
            </p>
            <PersonalDataTool api={`${req.payload.config.serverURL}${req.payload.config.routes.api}`} language={language} />
          </>
        ) : (
          <p role="alert">{t.forbidden}</p>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
