import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { Breadcrumbs } from '@/components/Breadcrumbs'
import { JsonLd } from '@/components/JsonLd'
import { contentLang } from '@/components/LanguageSwitch'
import { dictionary, localeOf } from '@/i18n'
import { isTranslated } from '@/lib/queries/translation'
import { alternatesFor } from '@/lib/seo/alternates'
import { pathsFor, sitePaths, siteUrl } from '@/lib/urls/sitePaths'
import { ProcedureDetail } from '../components/ProcedureDetail'
import { getProcedure } from '../queries'
import '../components/procedures.css'

type Props = { params: Promise<{ locale: string; slug: string }> }

export const procedureMetadata = async ({ params }: Props): Promise<Metadata> => {
  const locale = await localeOf(params)
  const procedure = await getProcedure((await params).slug, locale)
  if (!procedure) return { title: dictionary(locale).common.notFoundTitle }
  return {
    alternates: alternatesFor(locale, sitePaths.procedure(procedure.slug ?? '')),
    description: procedure.meta?.description ?? procedure.summary ?? undefined,
    title: procedure.meta?.title ?? procedure.name,
  }
}

/** /thu-tuc/<slug>: published only; a draft only in an editor's preview; anything else 404. */
export const ProcedurePage = async ({ params }: Props) => {
  const locale = await localeOf(params)
  const procedure = await getProcedure((await params).slug, locale)
  if (!procedure) notFound()
  const translated = await isTranslated({ collection: 'procedures', id: procedure.id, locale })
  const paths = pathsFor(locale)
  const path = paths.procedure(procedure.slug ?? '')
  return (
    <div className="container">
      <Breadcrumbs items={[{ href: paths.procedures, label: dictionary(locale).procedures.title }, { href: path, label: procedure.name }]} locale={locale} />
      <JsonLd
        data={{
          '@context': 'https://schema.org',
          '@type': 'GovernmentService',
          areaServed: { '@type': 'Country', name: 'Việt Nam' },
          description: procedure.summary ?? undefined,
          identifier: procedure.code ?? undefined,
          inLanguage: contentLang(locale, translated) ?? locale,
          name: procedure.name,
          provider: procedure.agency ? { '@type': 'GovernmentOrganization', name: procedure.agency } : undefined,
          serviceType: procedure.field ?? undefined,
          url: `${siteUrl()}${path}`,
        }}
      />
      <ProcedureDetail lang={contentLang(locale, translated)} locale={locale} procedure={procedure} translated={translated} />
    </div>
  )
}
