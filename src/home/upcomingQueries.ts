import type { Locale } from '@/i18n/locales'
import { cachedRead } from '@/lib/cache/cachedRead'
import { getPayloadClient } from '@/lib/server/payload'

/**
 * "Open now" and "still to come" change with the clock, not only with edits.
 * These reads return a bounded superset (everything that could still be open
 * or to come), cached by tag like any read but also re-read every few
 * minutes; the page picks what is open or not over at render time
 * (./select.ts), and the page itself is regenerated on the same clock.
 */
export const CLOCK_SECONDS = 300
/** More than the page shows, so items dropping out between a read and a render leave enough behind. */
const SUPERSET = 12
const DAY_MS = 24 * 60 * 60 * 1000

/** Consultations with status open that have not closed: some may not have opened yet, the page filters them. */
export const getOpenConsultations = cachedRead(
  'home:open-consultations',
  ['nominations', 'exemplars', 'provinces'],
  async (locale: Locale) => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'nominations',
      depth: 1,
      limit: SUPERSET,
      locale,
      overrideAccess: false,
      pagination: false,
      populate: { exemplars: { kind: true, name: true, organization: true, slug: true }, provinces: { name: true } },
      select: { closesAt: true, form: true, nominee: true, nomineeKind: true, nomineeName: true, nomineeUnit: true, opensAt: true, province: true, slug: true, status: true, title: true },
      sort: 'closesAt',
      where: { and: [{ status: { equals: 'open' } }, { or: [{ closesAt: { greater_than: new Date().toISOString() } }, { closesAt: { exists: false } }] }] },
    })
    return docs
  },
  { maxAgeSeconds: CLOCK_SECONDS },
)

/**
 * Published events that may not be over: ending (or, without an end,
 * starting) no earlier than a day ago, which covers an all-day event running
 * today; the page keeps those not over (./select.ts).
 */
export const getNextEvents = cachedRead(
  'home:next-events',
  ['events', 'provinces'],
  async (locale: Locale) => {
    const payload = await getPayloadClient()
    const since = new Date(Date.now() - DAY_MS).toISOString()
    const { docs } = await payload.find({
      collection: 'events',
      depth: 1,
      limit: SUPERSET,
      locale,
      overrideAccess: false,
      pagination: false,
      populate: { provinces: { name: true } },
      select: { allDay: true, end: true, kind: true, province: true, slug: true, start: true, title: true, venue: true },
      sort: 'start',
      where: { or: [{ end: { greater_than_equal: since } }, { and: [{ end: { exists: false } }, { start: { greater_than_equal: since } }] }] },
    })
    return docs
  },
  { maxAgeSeconds: CLOCK_SECONDS },
)
