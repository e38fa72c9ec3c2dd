import { cachedRead } from './cached'
import { getPayloadClient } from './payload'

/** All provinces and sectors (small, read by every filter form). */
export const getTaxonomies = cachedRead('taxonomies', ['provinces', 'sectors'], async () => {
  const payload = await getPayloadClient()
  const [provinces, sectors] = await Promise.all([
    payload.find({ collection: 'provinces', depth: 0, limit: 0, overrideAccess: false, pagination: false, select: { code: true, name: true, slug: true }, sort: 'name' }),
    payload.find({ collection: 'sectors', depth: 0, limit: 0, overrideAccess: false, pagination: false, select: { name: true, slug: true }, sort: 'name' }),
  ])
  return { provinces: provinces.docs, sectors: sectors.docs }
})
