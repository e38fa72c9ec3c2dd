import type { Metadata } from 'next'

import { AwardListing } from '@/register/components/AwardListing'
import { dictionary, localeOf } from '@/i18n'
import { alternatesFor } from '@/lib/seo/alternates'
import { sitePaths } from '@/lib/urls/sitePaths'

type Props = { params: Promise<{ locale: string }> }

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const locale = await localeOf(params)
  const t = dictionary(locale).awards
  return { alternates: alternatesFor(locale, sitePaths.awards), description: t.description, title: t.title }
}

/** Unfiltered: prerendered. Filtered URLs are rewritten by src/proxy.ts to ./loc/[filters]. */
const AwardsPage = async ({ params }: Props) => <AwardListing locale={await localeOf(params)} params={{}} />

export default AwardsPage
