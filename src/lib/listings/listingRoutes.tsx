import type { Metadata } from 'next'
import type { ReactNode } from 'react'

import { dictionary, localeOf } from '@/i18n'
import type { Locale } from '@/i18n/locales'
import { paramsFromKey } from '@/lib/filters/canonical'
import type { SearchParams } from '@/lib/filters/params'
import { alternatesFor, type TypedLink } from '@/lib/seo/alternates'

/** Dictionary sections that name a filterable listing (a `title` and a `description`). */
type Section = 'awards' | 'courses' | 'documents' | 'exemplars' | 'movements' | 'procedures'

/** What names the listing: a dictionary section, or a feature's own words (the events keep theirs beside them). */
type Naming = { section: Section } | { words: (locale: Locale) => { description: string; title: string } }

type ListingProps = { locale: Locale; params: SearchParams }
type ListingParams = { params: Promise<{ locale: string }> }
type FilteredParams = { params: Promise<{ filters: string; locale: string }> }

/**
 * The two routes of a filterable listing, from its component: the unfiltered
 * page (prerendered) and `loc/[filters]`, one cached page per canonical filter
 * set that src/proxy.ts rewrites filtered URLs to (never indexed: the
 * canonical listing is). `links` adds discovery links (feeds) to the first.
 */
export const listingRoutes = ({ Listing, links, path, ...naming }: { Listing: (props: ListingProps) => Promise<ReactNode>; links?: (locale: Locale) => TypedLink[]; path: string } & Naming) => {
  const wordsOf = (locale: Locale) => ('words' in naming ? naming.words(locale) : dictionary(locale)[naming.section])
  return {
    FilteredPage: async ({ params }: FilteredParams) => <Listing locale={await localeOf(params)} params={paramsFromKey((await params).filters)} />,
    Page: async ({ params }: ListingParams) => <Listing locale={await localeOf(params)} params={{}} />,
    generateFilteredMetadata: async ({ params }: FilteredParams): Promise<Metadata> => ({ robots: { follow: true, index: false }, title: wordsOf(await localeOf(params)).title }),
    generateFilteredStaticParams: async (): Promise<{ filters: string }[]> => [],
    generateMetadata: async ({ params }: ListingParams): Promise<Metadata> => {
      const locale = await localeOf(params)
      const t = wordsOf(locale)
      return { alternates: alternatesFor(locale, path, { links: links?.(locale) }), description: t.description, title: t.title }
    },
  }
}
