import type { Metadata } from 'next'

import { DocumentListing } from '@/documents/components/DocumentListing'
import { dictionary, localeOf } from '@/i18n'
import { alternatesFor } from '@/lib/seo/alternates'
import { sitePaths } from '@/lib/urls/sitePaths'

type Props = { params: Promise<{ locale: string }> }

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const locale = await localeOf(params)
  const t = dictionary(locale).documents
  return { alternates: alternatesFor(locale, sitePaths.documents), description: t.description, title: t.title }
}

/** Unfiltered: prerendered. Filtered URLs are rewritten by src/proxy.ts to ./loc/[filters]. */
const DocumentsPage = async ({ params }: Props) => <DocumentListing locale={await localeOf(params)} params={{}} />

export default DocumentsPage
