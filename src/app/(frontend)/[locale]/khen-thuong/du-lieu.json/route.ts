import { localeOf } from '@/i18n'
import { serveRegister } from '@/register/downloads/serve'

/** The filtered award register as open data (src/register/downloads). */
export const GET = async (request: Request, { params }: { params: Promise<{ locale: string }> }): Promise<Response> =>
  serveRegister({ format: 'json', locale: await localeOf(params), request })
