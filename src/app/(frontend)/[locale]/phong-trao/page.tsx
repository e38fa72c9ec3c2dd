import type { Metadata } from 'next'

import { MovementListing } from '@/movements/components/MovementListing'
import { dictionary, localeOf } from '@/i18n'
import { feedLinksFor } from '@/feeds/links'
import { alternatesFor } from '@/lib/seo/alternates'
import { sitePaths } from '@/lib/urls/sitePaths'

type Props = { params: Promise<{ locale: string }> }

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const locale = await localeOf(params)
  const t = dictionary(locale).movements
  return { alternates: alternatesFor(locale, sitePaths.movements, { links: feedLinksFor({ name: 'phong-trao', title: t.title }) }), description: t.description, title: t.title }
}

/** Unfiltered: prerendered. Filtered URLs are rewritten by src/proxy.ts to ./loc/[filters]. */
const MovementsPage = async ({ params }: Props) => <MovementListing locale={await localeOf(params)} params={{}} />

export default MovementsPage
