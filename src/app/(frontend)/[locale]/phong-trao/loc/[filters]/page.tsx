import type { Metadata } from 'next'

import { MovementListing } from '@/movements/components/MovementListing'
import { dictionary, localeOf } from '@/i18n'
import { paramsFromKey } from '@/lib/filters/canonical'

type Props = { params: Promise<{ filters: string; locale: string }> }

/** One cached page per filter set; reached through the rewrite in src/proxy.ts. */
export const generateStaticParams = async () => []

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => ({ robots: { follow: true, index: false }, title: dictionary(await localeOf(params)).movements.title })

const FilteredPage = async ({ params }: Props) => {
  const { filters } = await params
  return <MovementListing locale={await localeOf(params)} params={paramsFromKey(filters)} />
}

export default FilteredPage
