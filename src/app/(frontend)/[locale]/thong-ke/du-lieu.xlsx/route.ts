import { localeOf } from '@/i18n'
import { serveStatistics } from '@/statistics/downloads/serve'

/** The statistics of the filters in the URL as an XLSX download (src/statistics/downloads). */
export const GET = async (request: Request, { params }: { params: Promise<{ locale: string }> }): Promise<Response> =>
  serveStatistics({ format: 'xlsx', locale: await localeOf(params), request })
