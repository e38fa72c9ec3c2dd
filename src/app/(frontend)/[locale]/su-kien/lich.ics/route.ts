import { serveEventsCalendar } from '@/events/ical/serve'
import { localeOf } from '@/i18n'

/** The subscribable iCalendar of published events, optionally ?loai=<kind>&tinh=<province> (src/events/ical). */
export const GET = async (request: Request, { params }: { params: Promise<{ locale: string }> }): Promise<Response> =>
  serveEventsCalendar({ locale: await localeOf(params), request })
