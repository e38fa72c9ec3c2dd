import { listingRoutes } from '@/lib/listings/listingRoutes'
import { localizePath, siteUrl, sitePaths } from '@/lib/urls/sitePaths'
import { EventListing } from './components/EventListing'
import { eventWords } from './words'

/**
 * The routes of /su-kien, as the other filterable listings have them. They
 * are rendered again every half hour as well as on every publish, because
 * "upcoming" changes with the clock (the route files export `revalidate`).
 * The listing announces its subscribable calendar.
 */
export const eventListingRoutes = listingRoutes({
  Listing: EventListing,
  links: (locale) => [{ title: eventWords(locale).calendarName, type: 'text/calendar', url: `${siteUrl()}${localizePath(locale, sitePaths.eventsCalendar)}` }],
  path: sitePaths.events,
  words: eventWords,
})
