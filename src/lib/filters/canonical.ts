import type { SearchParams } from './params'

/** The listings whose filtered views are cached per filter set, with the parameters each accepts. */
export const LISTING_PARAMS: Record<string, readonly string[]> = {
  '/guong-dien-hinh': ['doi-tuong', 'giai-doan', 'loai', 'nam', 'nganh', 'tinh', 'trang'],
  '/khen-thuong': ['hinh-thuc', 'nam', 'nganh', 'tinh', 'trang'],
  '/phong-trao': ['cap', 'loai', 'nam', 'trang', 'trang-thai'],
  '/van-ban': ['loai', 'trang'],
}

const MAX_VALUES = 12
const VALUE = /^[a-zA-Z0-9-]{1,80}$/

/**
 * One canonical string per filter set (known keys only, sorted, well-formed
 * values), so equivalent URLs share one cached page and junk adds none.
 */
export const canonicalQuery = (search: URLSearchParams, allowed: readonly string[]): string => {
  const pairs: [string, string][] = []
  for (const key of allowed) {
    for (const value of [...new Set(search.getAll(key))].sort().slice(0, MAX_VALUES)) {
      if (VALUE.test(value)) pairs.push([key, value])
    }
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
