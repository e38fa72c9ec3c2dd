import type { Metadata } from 'next'

import { MovementListing } from '../../../components/listings/MovementListing'
import { sitePaths } from '../../../lib/paths'

export const metadata: Metadata = {
  alternates: { canonical: sitePaths.movements },
  description: 'Các phong trào thi đua yêu nước: mục tiêu, chỉ tiêu, tiến độ, sơ kết và tổng kết.',
  title: 'Phong trào thi đua',
}

/** Unfiltered: prerendered. Filtered URLs are rewritten by src/proxy.ts to ./loc/[filters]. */
const MovementsPage = () => <MovementListing params={{}} />

export default MovementsPage
