import type { Metadata } from 'next'

import { ExemplarListing } from '../../../../../components/listings/ExemplarListing'
import { paramsFromKey } from '../../../../../lib/filters/canonical'

type Props = { params: Promise<{ filters: string }> }

/** One cached page per filter set; reached through the rewrite in src/proxy.ts. */
export const generateStaticParams = async () => []

export const metadata: Metadata = { robots: { follow: true, index: false }, title: 'Gương điển hình tiên tiến' }

const FilteredPage = async ({ params }: Props) => <ExemplarListing params={paramsFromKey((await params).filters)} />

export default FilteredPage
