import type { Locale } from '@/i18n/locales'
import { cachedRead } from '@/lib/cache/cachedRead'
import { getPayloadClient } from '@/lib/server/payload'

/** Site-wide settings (name, default image licence), purged by the global's own tag on save. */
export const getSiteSettings = cachedRead(
  'site-settings',
  [],
  async (locale: Locale) => {
    const payload = await getPayloadClient()
    return payload.findGlobal({ depth: 0, locale, overrideAccess: false, select: { defaultImageLicence: true, siteName: true }, slug: 'site-settings' })
  },
  { globals: ['site-settings'] },
)
