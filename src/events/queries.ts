import type { Locale } from '@/i18n/locales'
import { cachedRead } from '@/lib/cache/cachedRead'
import { pageMediaPopulate } from '@/lib/queries/populate'
import { findPageDocument } from '@/lib/queries/pageDocument'
import { readWithPreview } from '@/lib/queries/preview'
import { getTaxonomies } from '@/lib/queries/taxonomies'
import { getPayloadClient } from '@/lib/server/payload'
import type { EventFilters } from './filters'
import { type MonthKey } from './time'
import { eventFilterWhere, inMonthWhere, notOverWhere, overWhere } from './where'

const PAST_PAGE_SIZE = 20
/** More than any office announces ahead; the listing shows them all on its first page. */
const UPCOMING_LIMIT = 100

/**
 * "Upcoming" moves with the clock, not with an edit: these reads are redone
 * at least every half hour (and the pages using them inherit that period), so
 * an event that has ended leaves "upcoming" within the hour; publishing purges
 * them at once through the `events` tag.
 */
export const CLOCK_BOUND = { maxAgeSeconds: 1800 }

const itemSelect = { allDay: true, end: true, kind: true, province: true, slug: true, start: true, title: true, venue: true } as const
const itemPopulate = { provinces: { name: true, slug: true } } as const
const common = { collection: 'events', depth: 1, overrideAccess: false, populate: itemPopulate, select: itemSelect } as const

/** The movement or exemplar a listing is narrowed to, by slug (published only). */
const subjectBySlug = async (collection: 'exemplars' | 'movements', slug: string | undefined, locale: Locale) => {
  if (!slug) return undefined
  const payload = await getPayloadClient()
  const { docs } = await payload.find({ collection, depth: 0, limit: 1, locale, overrideAccess: false, pagination: false, select: { name: true, slug: true }, where: { slug: { equals: slug } } })
  return docs[0] ?? null
}

/** Upcoming events (soonest first) and one page of past ones (newest first) matching the filters. */
export const listEvents = cachedRead(
  'events:list',
  ['events', 'provinces', 'movements', 'exemplars'],
  async (filters: EventFilters, locale: Locale) => {
    const now = new Date()
    const [{ provinces }, movement, exemplar] = await Promise.all([getTaxonomies(locale), subjectBySlug('movements', filters.movement, locale), subjectBySlug('exemplars', filters.exemplar, locale)])
    const province = filters.province ? provinces.find((p) => p.slug === filters.province) : undefined
    const subjects = { exemplar: exemplar ?? undefined, movement: movement ?? undefined }
    const empty = { page: 1, past: [], subjects, totalPages: 0, totalPast: 0, upcoming: [] }
    // An unknown slug matches nothing, as on the other listings.
    if ((filters.province && !province) || movement === null || exemplar === null) return empty
    const base = eventFilterWhere({ exemplar: exemplar?.id, kind: filters.kind, movement: movement?.id, province: province?.id, year: filters.year })
    const payload = await getPayloadClient()
    const upcoming = await payload.find({ ...common, limit: UPCOMING_LIMIT, locale, pagination: false, sort: 'start', where: { and: [...base, notOverWhere(now)] } })
    const past = await payload.find({ ...common, limit: PAST_PAGE_SIZE, locale, page: filters.page, sort: '-start', where: { and: [...base, overWhere(now, upcoming.docs.map((d) => d.id))] } })
    return { page: past.page ?? 1, past: past.docs, subjects, totalPages: past.totalPages, totalPast: past.totalDocs, upcoming: upcoming.docs }
  },
  CLOCK_BOUND,
)

/**
 * Published events not over when read, soonest first, of a province and/or a
 * movement (ids): the home page's next events and the events embed. The copy
 * outlives "now", so callers read more than they show and drop, at render
 * time, what has ended since (./time.ts `eventPhase`).
 */
export const listUpcomingEvents = cachedRead(
  'events:upcoming',
  ['events', 'provinces'],
  async ({ limit, locale, movement, province }: { limit: number; locale: Locale; movement?: number | string; province?: number | string }) => {
    const payload = await getPayloadClient()
    const where = { and: [...eventFilterWhere({ movement, province }), notOverWhere(new Date())] }
    const { docs } = await payload.find({ ...common, limit, locale, pagination: false, select: { ...itemSelect, summary: true }, sort: 'start', where })
    return docs
  },
  CLOCK_BOUND,
)

/** Every published event overlapping a month, by start; the grid places them on their days. */
export const listMonthEvents = cachedRead('events:month', ['events', 'provinces'], async (month: MonthKey, locale: Locale) => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({ ...common, limit: 500, locale, pagination: false, sort: 'start', where: inMonthWhere(month) })
  return docs
})

/** A movement's or exemplar's published events, newest first; the page splits them by the clock when it renders. */
export const listEventsFor = cachedRead('events:for', ['events', 'provinces'], async ({ field, id, locale }: { field: 'relatedExemplars' | 'relatedMovements'; id: number | string; locale: Locale }) => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({ ...common, limit: 50, locale, pagination: false, sort: '-start', where: { [field]: { equals: id } } })
  return docs
})

/**
 * A published event with what its page shows; `null` for unknown or
 * unpublished slugs (an editor's preview reads the draft). Related documents
 * are populated in one batched read per collection, and only those the
 * reader may see (published) come back as objects.
 */
export const getEvent = readWithPreview('events:one', ['events', 'movements', 'exemplars', 'awards', 'documents', 'provinces', 'media'], (ctx, slug: string, locale: Locale) =>
  findPageDocument(ctx, {
    collection: 'events',
    locale,
    depth: 1,
    populate: {
      awards: { awardTitle: true, decisionDate: true, decisionNumber: true, slug: true },
      documents: { number: true, slug: true, title: true },
      exemplars: { name: true, slug: true },
      media: pageMediaPopulate,
      movements: { name: true, slug: true },
      provinces: { name: true, slug: true },
    },
    where: { slug: { equals: slug } },
  }),
)
