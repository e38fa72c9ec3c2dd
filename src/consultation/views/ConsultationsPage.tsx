import type { Metadata } from 'next'

import { ConsultationList } from '../components/ConsultationList'
import { Breadcrumbs } from '@/components/Breadcrumbs'
import { EmbedPanel } from '@/embed/components/EmbedPanel'
import { oembedLinkFor } from '@/embed/paths'
import { feedLinksFor } from '@/feeds/links'
import { dictionary, localeOf } from '@/i18n'
import { alternatesFor } from '@/lib/seo/alternates'
import { pathsFor, sitePaths } from '@/lib/urls/sitePaths'
import { listConsultations } from '../queries'

type Props = { params: Promise<{ locale: string }> }

export const consultationsMetadata = async ({ params }: Props): Promise<Metadata> => {
  const locale = await localeOf(params)
  const t = dictionary(locale).consultations
  // The open consultations as a feed (src/feeds/consultations.ts) and as an embed (src/embed/render/consultations.ts).
  const links = [...feedLinksFor({ name: 'lay-y-kien', title: t.openHeading }), oembedLinkFor({ locale, path: sitePaths.consultations, title: t.title })]
  return { alternates: alternatesFor(locale, sitePaths.consultations, { links }), description: t.description, title: t.title }
}

export const ConsultationsPage = async ({ params }: Props) => {
  const locale = await localeOf(params)
  const t = dictionary(locale).consultations
  const { open, recent } = await listConsultations(locale)
  return (
    <div className="container">
      <Breadcrumbs items={[{ href: pathsFor(locale).consultations, label: t.title }]} locale={locale} />
      <h1>{t.title}</h1>
      <p className="lead">{t.description}</p>
      <ConsultationList empty={t.emptyOpen} heading={t.openHeading} id="dang-lay-y-kien" locale={locale} nominations={open} />
      <ConsultationList empty={t.emptyRecent} heading={t.recentHeading} id="da-ket-thuc" locale={locale} nominations={recent} />
      <EmbedPanel locale={locale} path={pathsFor(locale).consultations} title={t.title} />
    </div>
  )
}

