import { awardForms } from '@/collections/Awards/options'
import { one, type SearchParams, yearParam } from '@/lib/filters/params'

/** The page's URL parameters, the same names as the register's where they mean the same thing. */
export const STATISTICS_PARAMS = ['den-nam', 'hinh-thuc', 'nganh', 'phong-trao', 'tinh', 'tu-nam'] as const

const FORMS = new Set(awardForms.map((f) => f.value))
const SLUG = /^[a-z0-9-]{1,80}$/

/** What a reader asked for: a year range and taxonomy slugs (resolved to ids by ./selection.ts). */
export type StatisticsFilters = { form?: string; from?: number; movement?: string; province?: string; sector?: string; to?: number }

const slug = (params: SearchParams, key: string): string | undefined => {
  const value = one(params, key)
  return value && SLUG.test(value) ? value : undefined
}

/**
 * Reads the filters from the URL. Malformed values are dropped (as the
 * register does); a reversed range ("from 2025 to 2020") is read the right
 * way round rather than refused.
 */
export const parseStatisticsFilters = (params: SearchParams): StatisticsFilters => {
  const form = one(params, 'hinh-thuc')
  const a = yearParam(params, 'tu-nam')
  const b = yearParam(params, 'den-nam')
  const [from, to] = a !== undefined && b !== undefined && a > b ? [b, a] : [a, b]
  return {
    form: form && FORMS.has(form) ? form : undefined,
    from,
    movement: slug(params, 'phong-trao'),
    province: slug(params, 'tinh'),
    sector: slug(params, 'nganh'),
    to,
  }
}

/** The filters back as URL parameters, in a fixed order, for links, forms, downloads and embeds. */
export const statisticsParams = (f: StatisticsFilters): Record<string, string> => {
  const params: Record<string, string> = {}
  if (f.from !== undefined) params['tu-nam'] = String(f.from)
  if (f.to !== undefined) params['den-nam'] = String(f.to)
  if (f.form) params['hinh-thuc'] = f.form
  if (f.province) params.tinh = f.province
  if (f.sector) params.nganh = f.sector
  if (f.movement) params['phong-trao'] = f.movement
  return params
}

/** `?a=1&b=2`, or '' without filters. */
export const queryString = (params: Record<string, string>): string => {
  const query = new URLSearchParams(params).toString()
  return query ? `?${query}` : ''
}

/** A query → the parameters the parser reads (repeated keys kept, as Next gives them to pages). */
export const paramsOfQuery = (search: URLSearchParams): SearchParams => {
  const params: SearchParams = {}
  for (const key of new Set(search.keys())) params[key] = search.getAll(key)
  return params
}
