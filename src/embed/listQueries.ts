import type { Locale } from '@/i18n/locales'
import { cachedRead } from '@/lib/cache/cachedRead'
import { getPayloadClient } from '@/lib/server/payload'
import { listOpenConsultations } from '@/consultation/queries'
import { CLOCK_BOUND, listUpcomingEvents } from '@/events/queries'
import { untranslated } from './queries'

/**
 * Reads for the list embeds that change with the clock (coming events, open
 * consultations): anonymous and published-only like ./queries.ts. The cache
 * outlives "now", so the caller drops, at render time, what has ended since
 * (./load.ts).
 */

/** More than an embed ever shows (20), so events ending while the copy is cached still leave enough. */
const EVENTS_READ = 30

const bySlug = async <C extends 'movements' | 'provinces'>(collection: C, slug: string, locale: Locale) => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({ collection, depth: 0, limit: 1, locale, overrideAccess: false, pagination: false, select: { name: true, slug: true }, where: { slug: { equals: slug } } })
  return docs[0] ?? null
}

/**
 * The events not over of a province and/or a movement when their slugs are
 * given ('' for none), read from src/events; null when a given province does
 * not exist or a given movement is not published.
 */
export const getEmbedEvents = cachedRead(
  'embeds:events',
  ['events', 'provinces', 'movements'],
  async (provinceSlug: string, movementSlug: string, locale: Locale) => {
    const [province, movement] = await Promise.all([provinceSlug ? bySlug('provinces', provinceSlug, locale) : null, movementSlug ? bySlug('movements', movementSlug, locale) : null])
    if ((provinceSlug && !province) || (movementSlug && !movement)) return null
    const docs = await listUpcomingEvents({ limit: EVENTS_READ, locale, movement: movement?.id, province: province?.id })
    const fallback = await untranslated({ collection: 'events', field: 'title', ids: docs.map((e) => e.id), locale })
    return { events: docs.map((e) => ({ ...e, translated: !fallback.includes(e.id) })), movement, province }
  },
  CLOCK_BOUND,
)

/** The open consultations (src/consultation); nominations are not translated. */
export const getEmbedConsultations = async (locale: Locale) => ({ nominations: await listOpenConsultations(locale) })
