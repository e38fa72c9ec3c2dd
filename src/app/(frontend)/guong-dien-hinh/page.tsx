import type { Metadata } from 'next'

import { ExemplarListing } from '../../../components/listings/ExemplarListing'
import { sitePaths } from '../../../lib/paths'

export const metadata: Metadata = {
  alternates: { canonical: sitePaths.exemplars },
  description: 'Gương điển hình tiên tiến trên mọi lĩnh vực: lọc theo tỉnh, ngành, giai đoạn và đối tượng.',
  title: 'Gương điển hình tiên tiến',
}

/** Unfiltered: prerendered. Filtered URLs are rewritten by src/proxy.ts to ./loc/[filters]. */
const ExemplarsPage = () => <ExemplarListing params={{}} />

export default ExemplarsPage
