import type { Metadata } from 'next'

import { DocumentListing } from '../../../../../components/listings/DocumentListing'
import { paramsFromKey } from '../../../../../lib/filters/canonical'

type Props = { params: Promise<{ filters: string }> }

/** One cached page per filter set; reached through the rewrite in src/proxy.ts. */
export const generateStaticParams = async () => []

export const metadata: Metadata = { robots: { follow: true, index: false }, title: 'Văn bản' }

const FilteredPage = async ({ params }: Props) => <DocumentListing params={paramsFromKey((await params).filters)} />

export default FilteredPage
