import type { EventKind } from '@/collections/Events/options'
import { fromTable, invert, one, pageNumber, type SearchParams, yearParam } from '@/lib/filters/params'

/** URL words (Vietnamese, unaccented) ↔ stored kinds. */
export const EVENT_KIND_PARAM: Record<string, EventKind> = {
  'dai-hoi': 'congress',
  khac: 'other',
  'phat-dong': 'movementLaunch',
  'so-ket': 'preliminaryReview',
  'tap-huan': 'training',
  'ton-vinh': 'honouring',
  'tong-ket': 'finalReview',
  'trao-tang': 'awardCeremony',
}

/** Every parameter the listing reads, for src/lib/filters/canonical.ts (a unit test keeps the two equal). */
export const EVENT_LISTING_PARAMS = ['dien-hinh', 'loai', 'nam', 'phong-trao', 'tinh', 'trang'] as const

export type EventFilters = { exemplar?: string; kind?: EventKind; movement?: string; page: number; province?: string; year?: number }

const SLUG = /^[a-z0-9-]{1,120}$/
const slugParam = (params: SearchParams, key: string) => {
  const value = one(params, key)
  return value && SLUG.test(value) ? value : undefined
}

/** Reads the listing's filters from the URL; anything unknown or malformed is ignored, as on the other listings. */
export const parseEventFilters = (params: SearchParams): EventFilters => ({
  exemplar: slugParam(params, 'dien-hinh'),
  kind: fromTable(EVENT_KIND_PARAM, one(params, 'loai')),
  movement: slugParam(params, 'phong-trao'),
  page: pageNumber(params),
  province: slugParam(params, 'tinh'),
  year: yearParam(params),
})

export const kindParam = (kind: EventKind): string => invert(EVENT_KIND_PARAM)[kind]

/** The filters back as URL parameters (page excluded), for links, forms and pagination. */
export const eventFilterParams = (f: EventFilters): Record<string, string> => {
  const params: Record<string, string> = {}
  if (f.exemplar) params['dien-hinh'] = f.exemplar
  if (f.kind) params.loai = kindParam(f.kind)
  if (f.movement) params['phong-trao'] = f.movement
  if (f.year) params.nam = String(f.year)
  if (f.province) params.tinh = f.province
  return params
}

/** `/su-kien?…` for a set of filters. */
export const eventListingHref = (base: string, params: Record<string, string>): string => {
  const query = new URLSearchParams(params).toString()
  return query ? `${base}?${query}` : base
}

export type CalendarFilters = { kind?: EventKind; province?: string }

/**
 * The subscribable calendar's filters. Unlike the listing it refuses what it
 * does not know (a calendar app would otherwise silently subscribe to
 * everything): an error naming the offending parameter.
 */
export const parseCalendarFilters = (search: URLSearchParams): { error: string } | { filters: CalendarFilters } => {
  const filters: CalendarFilters = {}
  const kind = search.get('loai')
  if (kind !== null) {
    const value = fromTable(EVENT_KIND_PARAM, kind.trim())
    if (!value) return { error: 'loai' }
    filters.kind = value
  }
  const province = search.get('tinh')
  if (province !== null) {
    if (!SLUG.test(province.trim())) return { error: 'tinh' }
    filters.province = province.trim()
  }
  return { filters }
}
