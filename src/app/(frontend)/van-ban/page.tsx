import type { Metadata } from 'next'

import { DocumentListing } from '../../../components/listings/DocumentListing'
import { sitePaths } from '../../../lib/paths'

export const metadata: Metadata = {
  alternates: { canonical: sitePaths.documents },
  description: 'Văn bản về thi đua, khen thưởng: chỉ thị, luật, nghị định, thông tư, kế hoạch, hướng dẫn.',
  title: 'Văn bản',
}

/** Unfiltered: prerendered. Filtered URLs are rewritten by src/proxy.ts to ./loc/[filters]. */
const DocumentsPage = () => <DocumentListing params={{}} />

export default DocumentsPage
