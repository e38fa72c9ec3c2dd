import { serveEventIcs } from '@/events/ical/serve'
import { localeOf } from '@/i18n'

/** One published event as an .ics file ("Thêm vào lịch"). */
export const GET = async (request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }): Promise<Response> =>
  serveEventIcs({ locale: await localeOf(params), request, slug: (await params).slug })
