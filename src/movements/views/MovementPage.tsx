import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { MovementDetail } from '../components/MovementDetail'
import { Breadcrumbs } from '@/components/Breadcrumbs'
import { EmbedPanel } from '@/embed/components/EmbedPanel'
import { RelatedEvents } from '@/events/components/RelatedEvents'
import { MediaKit } from '@/components/MediaKit'
import { dictionary, localeOf } from '@/i18n'
import { oembedLinkFor } from '@/embed/paths'
import { feedLinksFor } from '@/feeds/links'
import { alternatesFor } from '@/lib/seo/alternates'
import { pathsFor, sitePaths } from '@/lib/urls/sitePaths'
import { getColumnSlugs, getMovement } from '../queries'
import { getSiteSettings } from '@/lib/queries/settings'
import { isTranslated } from '@/lib/queries/translation'

type Props = { params: Promise<{ locale: string; slug: string }> }

export const movementMetadata = async ({ params }: Props): Promise<Metadata> => {
  const locale = await localeOf(params)
  const movement = await getMovement((await params).slug, locale)
  if (!movement) return { title: dictionary(locale).common.notFoundTitle }
  return {
    alternates: alternatesFor(locale, sitePaths.movement(movement.slug ?? ''), { links: [...feedLinksFor({ name: 'phong-trao', title: dictionary(locale).movements.title }), oembedLinkFor({ locale, path: sitePaths.movement(movement.slug ?? ''), title: movement.name })] }),
    description: movement.meta?.description ?? movement.slogan ?? undefined,
    title: movement.meta?.title ?? movement.name,
  }
}

export const MovementPage = async ({ params }: Props) => {
  const locale = await localeOf(params)
  const [movement, columnSlugs] = await Promise.all([getMovement((await params).slug, locale), getColumnSlugs()])
  if (!movement) notFound()
  const [translated, settings] = await Promise.all([isTranslated({ collection: 'movements', id: movement.id, locale }), getSiteSettings(locale)])
  const paths = pathsFor(locale)
  return (
    <div className="container">
      <Breadcrumbs items={[{ href: paths.movements, label: dictionary(locale).movements.title }, { href: paths.movement(movement.slug ?? ''), label: movement.name }]} locale={locale} />
      <MovementDetail columnSlugs={columnSlugs} locale={locale} movement={movement} translated={translated} />
      <RelatedEvents field="relatedMovements" id={movement.id} locale={locale} slug={movement.slug} />
      <EmbedPanel locale={locale} path={paths.movement(movement.slug ?? '')} title={movement.name} />
      <MediaKit
        date={movement.updatedAt}
        defaultLicence={settings.defaultImageLicence}
        images={[movement.cover]}
        locale={locale}
        path={paths.movement(movement.slug ?? '')}
        publisher={settings.siteName}
        title={movement.name}
      />
    </div>
  )
}

