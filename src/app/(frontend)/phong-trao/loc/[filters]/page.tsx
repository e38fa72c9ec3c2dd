import type { Metadata } from 'next'

import { MovementListing } from '../../../../../components/listings/MovementListing'
import { paramsFromKey } from '../../../../../lib/filters/canonical'

type Props = { params: Promise<{ filters: string }> }

/** One cached page per filter set; reached through the rewrite in src/proxy.ts. */
export const generateStaticParams = async () => []

export const metadata: Metadata = { robots: { follow: true, index: false }, title: 'Phong trào thi đua' }

const FilteredPage = async ({ params }: Props) => <MovementListing params={paramsFromKey((await params).filters)} />

export default FilteredPage
