import { foldedWords } from '@/lib/text/words'
import type { SearchParams } from './params'

/** The listings whose filtered views are cached per filter set, with the parameters each accepts. */
export const LISTING_PARAMS: Record<string, readonly string[]> = {
  '/dao-tao': ['chu-de', 'doi-tuong'],
  '/guong-dien-hinh': ['doi-tuong', 'giai-doan', 'loai', 'nam', 'nganh', 'tinh', 'trang'],
  '/khen-thuong': ['cap', 'hinh-thuc', 'nam', 'nganh', 'phong-trao', 'ten', 'tinh', 'trang'],
  '/phong-trao': ['cap', 'loai', 'nam', 'trang', 'trang-thai'],
  // The same list as src/events/filters.ts EVENT_LISTING_PARAMS (a unit test keeps them equal).
  '/su-kien': ['dien-hinh', 'loai', 'nam', 'phong-trao', 'tinh', 'trang'],
  // The same list as src/statistics/filters.ts STATISTICS_PARAMS (lib imports no feature; a unit test keeps them equal).
  '/thong-ke': ['den-nam', 'hinh-thuc', 'nganh', 'phong-trao', 'tinh', 'tu-nam'],
  '/thu-tuc': ['cap', 'trang'],
  '/van-ban': ['loai', 'trang'],
}

/**
 * Free-text parameters per listing, folded to their words ("Nguyễn  Văn," →
 * "nguyen van") as the search folds them anyway. Per listing, because
 * /phong-trao's `cap` is a slug.
 */
export const LISTING_TEXT_PARAMS: Record<string, readonly string[]> = {
  '/khen-thuong': ['cap', 'ten'],
}

const MAX_VALUES = 12
const VALUE = /^[a-zA-Z0-9-]{1,80}$/

const canonicalValue = (value: string, text: boolean): string | undefined => {
  if (!text) return VALUE.test(value) ? value : undefined
  const words = foldedWords(value.slice(0, 200)).slice(0, 12).join(' ')
  return words ? words : undefined
}

/**
 * One canonical string per filter set (known keys only, sorted, well-formed
 * values), so equivalent URLs share one cached page and junk adds none.
 */
export const canonicalQuery = (search: URLSearchParams, allowed: readonly string[], textKeys: readonly string[] = []): string => {
  const pairs: [string, string][] = []
  for (const key of allowed) {
    const values = search.getAll(key).map((v) => canonicalValue(v, textKeys.includes(key))).filter((v): v is string => v !== undefined)
    for (const value of [...new Set(values)].sort().slice(0, MAX_VALUES)) pairs.push([key, value])
  }
  return new URLSearchParams(pairs).toString()
}

/** Back from the cached route's path segment to the parameters the listing parses. */
export const paramsFromKey = (key: string): SearchParams => {
  const params: SearchParams = {}
  let decoded: string
  try {
    decoded = decodeURIComponent(key)
  } catch {
    return params // a malformed key (e.g. "%ZZ") means no filters, not an error
  }
  for (const [k, v] of new URLSearchParams(decoded)) {
    const existing = params[k]
    params[k] = existing === undefined ? v : [...(Array.isArray(existing) ? existing : [existing]), v]
  }
  return params
}
