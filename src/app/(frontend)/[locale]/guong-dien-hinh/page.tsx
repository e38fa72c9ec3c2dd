import type { Metadata } from 'next'

import { ExemplarListing } from '@/exemplars/components/ExemplarListing'
import { dictionary, localeOf } from '@/i18n'
import { feedLinksFor } from '@/feeds/links'
import { alternatesFor } from '@/lib/seo/alternates'
import { sitePaths } from '@/lib/urls/sitePaths'

type Props = { params: Promise<{ locale: string }> }

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const locale = await localeOf(params)
  const t = dictionary(locale).exemplars
  return { alternates: alternatesFor(locale, sitePaths.exemplars, { links: feedLinksFor({ name: 'guong-dien-hinh', title: t.title }) }), description: t.description, title: t.title }
}

/** Unfiltered: prerendered. Filtered URLs are rewritten by src/proxy.ts to ./loc/[filters]. */
const ExemplarsPage = async ({ params }: Props) => <ExemplarListing locale={await localeOf(params)} params={{}} />

export default ExemplarsPage
