import type { Metadata } from 'next'

import { CourseListing } from '@/training/components/CourseListing'
import { dictionary, localeOf } from '@/i18n'
import { alternatesFor } from '@/lib/seo/alternates'
import { sitePaths } from '@/lib/urls/sitePaths'

type Props = { params: Promise<{ locale: string }> }

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const locale = await localeOf(params)
  const t = dictionary(locale).courses
  return { alternates: alternatesFor(locale, sitePaths.courses), description: t.description, title: t.title }
}

/** Unfiltered: prerendered. Filtered URLs (?doi-tuong=, ?chu-de=) are rewritten by src/proxy.ts to ./loc/[filters]. */
const CoursesPage = async ({ params }: Props) => <CourseListing locale={await localeOf(params)} params={{}} />

export default CoursesPage
