import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { ExemplarProfile } from '../components/ExemplarProfile'
import { Breadcrumbs } from '@/components/Breadcrumbs'
import { EmbedPanel } from '@/embed/components/EmbedPanel'
import { RelatedEvents } from '@/events/components/RelatedEvents'
import { MediaKit } from '@/components/MediaKit'
import { dictionary, localeOf } from '@/i18n'
import { oembedLinkFor } from '@/embed/paths'
import { feedLinksFor } from '@/feeds/links'
import { relationId } from '@/lib/queries/relations'
import { alternatesFor } from '@/lib/seo/alternates'
import { pathsFor, sitePaths } from '@/lib/urls/sitePaths'
import { getExemplar, getRelatedExemplars } from '../queries'
import { getSiteSettings } from '@/lib/queries/settings'
import { isTranslated } from '@/lib/queries/translation'

type Props = { params: Promise<{ locale: string; slug: string }> }

export const exemplarMetadata = async ({ params }: Props): Promise<Metadata> => {
  const locale = await localeOf(params)
  const exemplar = await getExemplar((await params).slug, locale)
  if (!exemplar) return { title: dictionary(locale).common.notFoundTitle }
  return {
    alternates: alternatesFor(locale, sitePaths.exemplar(exemplar.slug ?? ''), { links: [...feedLinksFor({ name: 'guong-dien-hinh', title: dictionary(locale).exemplars.title }), oembedLinkFor({ locale, path: sitePaths.exemplar(exemplar.slug ?? ''), title: exemplar.name })] }),
    description: exemplar.meta?.description ?? exemplar.summary ?? undefined,
    openGraph: { type: 'profile' },
    title: exemplar.meta?.title ?? exemplar.name,
  }
}


export const ExemplarPage = async ({ params }: Props) => {
  const locale = await localeOf(params)
  const exemplar = await getExemplar((await params).slug, locale)
  if (!exemplar) notFound()
  const paths = pathsFor(locale)
  const [related, translated, settings] = await Promise.all([
    getRelatedExemplars({ id: exemplar.id, locale, province: relationId(exemplar.province), sector: relationId(exemplar.sector) }),
    isTranslated({ collection: 'exemplars', id: exemplar.id, locale }),
    getSiteSettings(locale),
  ])
  return (
    <div className="container">
      <Breadcrumbs items={[{ href: paths.exemplars, label: dictionary(locale).nav.exemplars }, { href: paths.exemplar(exemplar.slug ?? ''), label: exemplar.name }]} locale={locale} />
      <ExemplarProfile exemplar={exemplar} locale={locale} related={related} translated={translated} />
      <RelatedEvents field="relatedExemplars" id={exemplar.id} locale={locale} slug={exemplar.slug} />
      <EmbedPanel locale={locale} path={paths.exemplar(exemplar.slug ?? '')} title={exemplar.name} />
      <MediaKit
        date={exemplar.updatedAt}
        defaultLicence={settings.defaultImageLicence}
        images={[exemplar.portrait, ...(exemplar.gallery ?? []).map((g) => g.image)]}
        locale={locale}
        path={paths.exemplar(exemplar.slug ?? '')}
        publisher={settings.siteName}
        title={exemplar.name}
      />
    </div>
  )
}

