import { localeOf } from '@/i18n'
import { serveStatistics } from '@/statistics/downloads/serve'

/** The statistics of the filters in the URL as a CSV download (src/statistics/downloads). */
export const GET = async (request: Request, { params }: { params: Promise<{ locale: string }> }): Promise<Response> =>
  serveStatistics({ format: 'csv', locale: await localeOf(params), request })
