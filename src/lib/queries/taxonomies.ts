import type { Locale } from '@/i18n/locales'
import { cachedRead } from '@/lib/cache/cachedRead'
import { getPayloadClient } from '@/lib/server/payload'

/** All provinces and sectors (small, read by every filter form). */
export const getTaxonomies = cachedRead('taxonomies', ['provinces', 'sectors'], async (locale: Locale) => {
  const payload = await getPayloadClient()
  const [provinces, sectors] = await Promise.all([
    payload.find({ collection: 'provinces', locale, depth: 0, limit: 0, overrideAccess: false, pagination: false, select: { code: true, name: true, slug: true }, sort: 'name' }),
    payload.find({ collection: 'sectors', locale, depth: 0, limit: 0, overrideAccess: false, pagination: false, select: { name: true, slug: true }, sort: 'name' }),
  ])
  return { provinces: provinces.docs, sectors: sectors.docs }
})
