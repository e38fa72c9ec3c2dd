import type { Metadata } from 'next'

import { oembedLinkFor } from '@/embed/paths'
import { dictionary, localeOf } from '@/i18n'
import { paramsFromKey } from '@/lib/filters/canonical'
import { alternatesFor } from '@/lib/seo/alternates'
import { sitePaths } from '@/lib/urls/sitePaths'
import { StatisticsPage } from './components/StatisticsPage'

type PageParams = { params: Promise<{ locale: string }> }
type FilteredParams = { params: Promise<{ filters: string; locale: string }> }

/**
 * The routes of /thong-ke, as the filterable listings have them
 * (src/lib/listings/listingRoutes.tsx): the unfiltered page, prerendered, and
 * `loc/[filters]`, one cached page per canonical filter set that src/proxy.ts
 * rewrites filtered URLs to (not indexed: the unfiltered page is).
 */
export const statisticsRoutes = {
  FilteredPage: async ({ params }: FilteredParams) => <StatisticsPage locale={await localeOf(params)} params={paramsFromKey((await params).filters)} />,
  Page: async ({ params }: PageParams) => <StatisticsPage locale={await localeOf(params)} params={{}} />,
  generateFilteredMetadata: async ({ params }: FilteredParams): Promise<Metadata> => ({ robots: { follow: true, index: false }, title: dictionary(await localeOf(params)).statistics.title }),
  generateFilteredStaticParams: async (): Promise<{ filters: string }[]> => [],
  generateMetadata: async ({ params }: PageParams): Promise<Metadata> => {
    const locale = await localeOf(params)
    const t = dictionary(locale).statistics
    // Discoverable by oEmbed consumers: the page URL stands for its first chart (a #fragment names another).
    const links = [oembedLinkFor({ locale, path: sitePaths.statistics, title: t.heading })]
    return { alternates: alternatesFor(locale, sitePaths.statistics, { links }), description: t.description, title: t.title }
  },
}
