import type { Metadata } from 'next'

import { AwardListing } from '../../../../../components/listings/AwardListing'
import { paramsFromKey } from '../../../../../lib/filters/canonical'

type Props = { params: Promise<{ filters: string }> }

/** One cached page per filter set; reached through the rewrite in src/proxy.ts. */
export const generateStaticParams = async () => []

export const metadata: Metadata = { robots: { follow: true, index: false }, title: 'Khen thưởng' }

const FilteredPage = async ({ params }: Props) => <AwardListing params={paramsFromKey((await params).filters)} />

export default FilteredPage
