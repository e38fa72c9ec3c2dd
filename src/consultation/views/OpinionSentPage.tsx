import type { Metadata } from 'next'
import Link from 'next/link'

import { Breadcrumbs } from '@/components/Breadcrumbs'
import { dictionary, localeOf } from '@/i18n'
import { pathsFor } from '@/lib/urls/sitePaths'

type Props = { params: Promise<{ locale: string }> }

export const opinionSentMetadata = async ({ params }: Props): Promise<Metadata> => ({ robots: { index: false }, title: dictionary(await localeOf(params)).consultations.sentTitle })

/** Where a form posted without JavaScript lands once its opinion is stored (303 from the endpoint). */
export const OpinionSentPage = async ({ params }: Props) => {
  const locale = await localeOf(params)
  const t = dictionary(locale).consultations
  const paths = pathsFor(locale)
  return (
    <div className="container">
      <Breadcrumbs items={[{ href: paths.consultations, label: t.title }]} locale={locale} />
      <div className="notice notice-ok" role="status">
        <h1>{t.sentHeading}</h1>
        <p>{t.sentBody}</p>
        <p>
          <Link href={paths.consultations}>{t.backToList}</Link>
        </p>
      </div>
    </div>
  )
}

