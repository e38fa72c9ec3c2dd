import type { Locale } from '@/i18n/locales'
import { slugify } from '@/lib/text/vietnamese'
import { paramsOfQuery } from '../filters'
import { loadStatistics } from '../load'
import { statisticsCsv } from './csv'
import { statisticsXlsx } from './xlsx'

export type StatisticsFormat = 'csv' | 'xlsx'

const TYPES: Record<StatisticsFormat, string> = { csv: 'text/csv; charset=utf-8', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }

/** An ASCII name every browser and OS saves as is, naming the filters applied. */
const fileName = (params: Record<string, string>, format: StatisticsFormat): string => {
  const suffix = slugify(Object.values(params).join(' '), 60)
  return `thong-ke${suffix ? `-${suffix}` : ''}.${format}`
}

/**
 * GET /thong-ke/du-lieu.csv|.xlsx?<filters>: the page's figures for the same
 * selection (the same parsing: bad values are dropped, never an error),
 * from the same cached figures as the page.
 */
export const serveStatistics = async ({ format, locale, request }: { format: StatisticsFormat; locale: Locale; request: Request }): Promise<Response> => {
  const statistics = await loadStatistics({ locale, params: paramsOfQuery(new URL(request.url).searchParams) })
  const body = format === 'csv' ? statisticsCsv({ locale, statistics }) : new Uint8Array(await statisticsXlsx({ locale, statistics }))
  return new Response(body, {
    headers: {
      'Content-Disposition': `attachment; filename="${fileName(statistics.params, format)}"`,
      'Content-Type': TYPES[format],
      'X-Total-Count': String(statistics.figures.awards.totals.decisions),
    },
  })
}
