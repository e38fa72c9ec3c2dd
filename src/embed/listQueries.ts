import type { Where } from 'payload'

import type { Locale } from '@/i18n/locales'
import { cachedRead } from '@/lib/cache/cachedRead'
import { getPayloadClient } from '@/lib/server/payload'
import { untranslated } from './queries'

/**
 * Reads for the list embeds that change with the clock (coming events, open
 * consultations): anonymous and published-only like ./queries.ts. The cache
 * outlives "now", so these keep a margin and the caller drops, at render
 * time, what has ended since (src/embed/load.ts).
 */

/** More than an embed ever shows (20), so events ending while the copy is cached still leave enough. */
const EVENTS_READ = 30
const DAY_MS = 24 * 60 * 60 * 1000
/** The list follows the clock: re-read at least this often, whatever the tags say. */
const CLOCK_BOUND = { maxAgeSeconds: 600 }

const bySlug = async <C extends 'movements' | 'provinces'>(collection: C, slug: string, locale: Locale) => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({ collection, depth: 0, limit: 1, locale, overrideAccess: false, pagination: false, select: { name: true, slug: true }, where: { slug: { equals: slug } } })
  return docs[0] ?? null
}

/**
 * Published events not yet over, soonest first, of a province and/or a
 * movement when their slugs are given ('' for none); null when a given
 * province does not exist or a given movement is not published. A day of
 * slack covers all-day events, which last until midnight after their last
 * day; src/feeds/eventTime.ts decides exactly, at render time.
 */
export const getEmbedEvents = cachedRead(
  'embeds:events',
  ['events', 'provinces', 'movements'],
  async (provinceSlug: string, movementSlug: string, locale: Locale) => {
    const [province, movement] = await Promise.all([provinceSlug ? bySlug('provinces', provinceSlug, locale) : null, movementSlug ? bySlug('movements', movementSlug, locale) : null])
    if ((provinceSlug && !province) || (movementSlug && !movement)) return null
    const since = new Date(Date.now() - DAY_MS).toISOString()
    const and: Where[] = [
      { or: [{ end: { greater_than_equal: since } }, { and: [{ end: { exists: false } }, { start: { greater_than_equal: since } }] }] },
      ...(province ? [{ province: { equals: province.id } }] : []),
      ...(movement ? [{ relatedMovements: { equals: movement.id } }] : []),
    ]
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'events',
      depth: 1,
      limit: EVENTS_READ,
      locale,
      overrideAccess: false,
      pagination: false,
      populate: { provinces: { name: true } },
      select: { allDay: true, end: true, kind: true, province: true, slug: true, start: true, summary: true, title: true, venue: true },
      sort: 'start',
      where: { and },
    })
    const fallback = await untranslated({ collection: 'events', field: 'title', ids: docs.map((e) => e.id), locale })
    return { events: docs.map((e) => ({ ...e, translated: !fallback.includes(e.id) })), movement, province }
  },
  CLOCK_BOUND,
)

/**
 * Nominations marked open, closing soonest first; the caller keeps those
 * whose window is open at render time (the job that closes ended windows
 * runs every ten minutes). Nominations are not translated.
 */
export const getEmbedConsultations = cachedRead(
  'embeds:consultations',
  ['nominations', 'exemplars', 'provinces'],
  async (locale: Locale) => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'nominations',
      depth: 1,
      limit: 100,
      locale,
      overrideAccess: false,
      pagination: false,
      populate: { exemplars: { kind: true, name: true, organization: true, slug: true }, provinces: { name: true } },
      select: { closesAt: true, form: true, nominee: true, nomineeKind: true, nomineeName: true, nomineeUnit: true, opensAt: true, proposingBody: true, province: true, slug: true, status: true, title: true },
      sort: 'closesAt',
      where: { status: { equals: 'open' } },
    })
    return { nominations: docs }
  },
  { maxAgeSeconds: 60 },
)
