import type { Metadata } from 'next'

import { PartnerGuide } from '../components/PartnerGuide'
import { GUIDE_TEXT } from '../components/guideText'
import { Breadcrumbs } from '@/components/Breadcrumbs'
import { localeOf } from '@/i18n'
import { alternatesFor } from '@/lib/seo/alternates'
import { pathsFor, sitePaths } from '@/lib/urls/sitePaths'
import { listColumns } from '@/columns/queries'

type Props = { params: Promise<{ locale: string }> }

export const partnersMetadata = async ({ params }: Props): Promise<Metadata> => {
  const locale = await localeOf(params)
  return { alternates: alternatesFor(locale, sitePaths.partners), description: GUIDE_TEXT[locale].description, title: GUIDE_TEXT[locale].title }
}

/** Prerendered; the column list in it is purged with the columns' tag. */
export const PartnersPage = async ({ params }: Props) => {
  const locale = await localeOf(params)
  const columns = await listColumns(locale)
  return (
    <div className="container">
      <Breadcrumbs items={[{ href: pathsFor(locale).partners, label: GUIDE_TEXT[locale].title }]} locale={locale} />
      <h1>{GUIDE_TEXT[locale].title}</h1>
      <PartnerGuide columns={columns} locale={locale} />
    </div>
  )
}

