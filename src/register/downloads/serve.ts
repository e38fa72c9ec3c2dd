import { parseAwardFilters, awardParams } from '../filters'
import type { SearchParams } from '@/lib/filters/params'
import { exportAwards, REGISTER_MAX_ROWS } from './query'
import { siteUrl, sitePaths } from '@/lib/urls/sitePaths'
import { slugify } from '@/lib/text/vietnamese'
import type { Locale } from '@/i18n/locales'
import { registerCsv } from './csv'
import { REGISTER_LICENCE, registerRows } from './rows'

export type RegisterFormat = 'csv' | 'json'

const TYPES: Record<RegisterFormat, string> = { csv: 'text/csv; charset=utf-8', json: 'application/json; charset=utf-8' }

const searchParamsOf = (url: URL): SearchParams => {
  const params: SearchParams = {}
  for (const key of new Set(url.searchParams.keys())) params[key] = url.searchParams.getAll(key)
  return params
}

/** An ASCII name (no tones, no quotes) every browser and OS saves as is, naming the filters applied. */
const fileName = (params: Record<string, string>, format: RegisterFormat): string => {
  const suffix = slugify(Object.values(params).join(' '), 60)
  return `so-khen-thuong${suffix ? `-${suffix}` : ''}.${format}`
}

/**
 * The filtered register as open data. The same filters as the listing; the
 * query reads published decisions only (`overrideAccess: false`, no user).
 */
export const serveRegister = async ({ format, locale, request }: { format: RegisterFormat; locale: Locale; request: Request }): Promise<Response> => {
  const filters = { ...parseAwardFilters(searchParamsOf(new URL(request.url))), page: 1 }
  const { docs, totalDocs } = await exportAwards(filters, locale)
  const rows = registerRows(docs, locale)
  const truncated = totalDocs > rows.length
  const params = awardParams(filters)
  const body =
    format === 'csv'
      ? registerCsv(rows)
      : JSON.stringify({
          source: `${siteUrl()}${sitePaths.awards}`,
          licence: REGISTER_LICENCE,
          filters: params,
          total: totalDocs,
          returned: rows.length,
          truncated,
          maxRows: REGISTER_MAX_ROWS,
          rows,
        })
  const headers = new Headers({
    'Content-Disposition': `attachment; filename="${fileName(params, format)}"`,
    'Content-Type': TYPES[format],
    'X-Total-Count': String(totalDocs),
  })
  // A truncated CSV has no room to say so in its body without breaking parsers: the header does.
  if (truncated) headers.set('X-Truncated', `${rows.length} of ${totalDocs}`)
  return new Response(body, { headers })
}
