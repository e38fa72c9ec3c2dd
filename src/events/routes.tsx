import type { Metadata } from 'next'

import { localeOf } from '@/i18n'
import { paramsFromKey } from '@/lib/filters/canonical'
import { alternatesFor } from '@/lib/seo/alternates'
import { localizePath, siteUrl, sitePaths } from '@/lib/urls/sitePaths'
import { EventListing } from './components/EventListing'
import { eventWords } from './words'

type PageParams = { params: Promise<{ locale: string }> }
type FilteredParams = { params: Promise<{ filters: string; locale: string }> }

/**
 * The routes of /su-kien, as the filterable listings have them
 * (src/lib/listings/listingRoutes.tsx): the unfiltered page and
 * `loc/[filters]`, one cached page per canonical filter set that src/proxy.ts
 * rewrites filtered URLs to (not indexed: the unfiltered page is). Both are
 * rendered again every half hour as well as on every publish, because
 * "upcoming" changes with the clock (the route files export `revalidate`).
 */
export const eventListingRoutes = {
  FilteredPage: async ({ params }: FilteredParams) => <EventListing locale={await localeOf(params)} params={paramsFromKey((await params).filters)} />,
  Page: async ({ params }: PageParams) => <EventListing locale={await localeOf(params)} params={{}} />,
  generateFilteredMetadata: async ({ params }: FilteredParams): Promise<Metadata> => ({ robots: { follow: true, index: false }, title: eventWords(await localeOf(params)).title }),
  generateFilteredStaticParams: async (): Promise<{ filters: string }[]> => [],
  generateMetadata: async ({ params }: PageParams): Promise<Metadata> => {
    const locale = await localeOf(params)
    const w = eventWords(locale)
    const links = [{ title: w.calendarName, type: 'text/calendar', url: `${siteUrl()}${localizePath(locale, sitePaths.eventsCalendar)}` }]
    return { alternates: alternatesFor(locale, sitePaths.events, { links }), description: w.description, title: w.title }
  },
}
