import type { Locale } from '@/i18n/locales'
import { listOpenConsultations } from '@/consultation/queries'
import { listUpcomingEvents } from '@/events/queries'

/*
 * "Open now" and "still to come" change with the clock: these reads are
 * bounded supersets re-read on their own clock (src/consultation,
 * src/events), and the page keeps what is open or not over when it renders
 * (./select.ts).
 */

/** More than the page shows, so items dropping out between a read and a render leave enough behind. */
const SUPERSET = 12

/** Open consultations (src/consultation): the page keeps those open at render time (./select.ts). */
export const getOpenConsultations = listOpenConsultations

/** More than the page shows of the events not over (src/events); the page keeps those still not over when it renders. */
export const getNextEvents = (locale: Locale) => listUpcomingEvents({ limit: SUPERSET, locale })
