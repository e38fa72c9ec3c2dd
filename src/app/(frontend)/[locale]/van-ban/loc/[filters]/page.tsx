import type { Metadata } from 'next'

import { DocumentListing } from '@/documents/components/DocumentListing'
import { dictionary, localeOf } from '@/i18n'
import { paramsFromKey } from '@/lib/filters/canonical'

type Props = { params: Promise<{ filters: string; locale: string }> }

/** One cached page per filter set; reached through the rewrite in src/proxy.ts. */
export const generateStaticParams = async () => []

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => ({ robots: { follow: true, index: false }, title: dictionary(await localeOf(params)).documents.title })

const FilteredPage = async ({ params }: Props) => {
  const { filters } = await params
  return <DocumentListing locale={await localeOf(params)} params={paramsFromKey(filters)} />
}

export default FilteredPage
