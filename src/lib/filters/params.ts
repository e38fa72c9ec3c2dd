export type SearchParams = Record<string, string | string[] | undefined>

/** The first value of a query parameter, trimmed and bounded; arrays and junk are tolerated. */
export const one = (params: SearchParams, key: string): string | undefined => {
  const raw = params[key]
  const value = Array.isArray(raw) ? raw[0] : raw
  const trimmed = value?.trim().slice(0, 200)
  return trimmed ? trimmed : undefined
}

export const many = (params: SearchParams, key: string): string[] => {
  const raw = params[key]
  return (Array.isArray(raw) ? raw : raw ? [raw] : []).map((v) => v.trim()).filter(Boolean).slice(0, 10)
}

/** A page number ≥ 1; anything else (0, -3, "abc", 1e99) becomes 1. */
export const pageNumber = (params: SearchParams): number => {
  const n = Number(one(params, 'trang'))
  return Number.isInteger(n) && n >= 1 && n <= 10_000 ? n : 1
}

export const yearParam = (params: SearchParams, key = 'nam'): number | undefined => {
  const n = Number(one(params, key))
  return Number.isInteger(n) && n >= 1945 && n <= 2100 ? n : undefined
}

/** Maps a URL value to an internal one through a fixed table; unknown values are dropped. */
export const fromTable = <T extends string>(table: Record<string, T>, value: string | undefined): T | undefined =>
  value !== undefined && Object.hasOwn(table, value) ? table[value] : undefined

export const invert = <T extends string>(table: Record<string, T>): Record<T, string> =>
  Object.fromEntries(Object.entries(table).map(([k, v]) => [v, k])) as Record<T, string>
