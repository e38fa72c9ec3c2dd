import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { NominationDetail } from '../components/NominationDetail'
import { nomineeOf } from '../components/nominee'
import { Breadcrumbs } from '@/components/Breadcrumbs'
import { dictionary, localeOf } from '@/i18n'
import { alternatesFor } from '@/lib/seo/alternates'
import { pathsFor, sitePaths } from '@/lib/urls/sitePaths'
import { getConsultation, getOpinionRetention } from '../queries'

type Props = { params: Promise<{ locale: string; slug: string }> }

export const nominationMetadata = async ({ params }: Props): Promise<Metadata> => {
  const locale = await localeOf(params)
  const found = await getConsultation((await params).slug, locale)
  if (!found) return { title: dictionary(locale).common.notFoundTitle }
  const { nomination } = found
  return {
    alternates: alternatesFor(locale, sitePaths.consultation(nomination.slug ?? '')),
    description: nomination.achievements.slice(0, 200),
    title: `${dictionary(locale).consultations.title}: ${nomineeOf(nomination).name} – ${nomination.title}`,
  }
}

export const NominationPage = async ({ params }: Props) => {
  const locale = await localeOf(params)
  const [found, retention] = await Promise.all([getConsultation((await params).slug, locale), getOpinionRetention()])
  if (!found) notFound()
  const paths = pathsFor(locale)
  const t = dictionary(locale).consultations
  const name = nomineeOf(found.nomination).name
  return (
    <div className="container">
      <Breadcrumbs items={[{ href: paths.consultations, label: t.title }, { href: paths.consultation(found.nomination.slug ?? ''), label: name }]} locale={locale} />
      <NominationDetail counts={found.counts} locale={locale} nomination={found.nomination} retention={retention} />
    </div>
  )
}

