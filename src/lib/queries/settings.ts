import { unstable_cache } from 'next/cache'
import { cache } from 'react'

import type { Locale } from '../../i18n/locales'
import { cacheTags } from '../cache-tags'
import { getPayloadClient } from './payload'

/** Site-wide settings (name, default image licence), purged by the global's own tag on save. */
export const getSiteSettings = cache(
  unstable_cache(
    async (locale: Locale) => {
      const payload = await getPayloadClient()
      return payload.findGlobal({ depth: 0, locale, overrideAccess: false, select: { defaultImageLicence: true, siteName: true }, slug: 'site-settings' })
    },
    ['site-settings'],
    { revalidate: 3600, tags: [cacheTags.global('site-settings')] },
  ),
)
