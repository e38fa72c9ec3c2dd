import type { Metadata } from 'next'

import { AwardListing } from '../../../components/listings/AwardListing'
import { sitePaths } from '../../../lib/paths'

export const metadata: Metadata = {
  alternates: { canonical: sitePaths.awards },
  description: 'Các quyết định khen thưởng được công bố công khai: số, ngày, cấp quyết định, hình thức và người được khen.',
  title: 'Khen thưởng',
}

/** Unfiltered: prerendered. Filtered URLs are rewritten by src/proxy.ts to ./loc/[filters]. */
const AwardsPage = () => <AwardListing params={{}} />

export default AwardsPage
