import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { Breadcrumbs } from '@/components/Breadcrumbs'
import { MediaKit } from '@/components/MediaKit'
import { dictionary, localeOf } from '@/i18n'
import { getSiteSettings } from '@/lib/queries/settings'
import { isTranslated } from '@/lib/queries/translation'
import { alternatesFor } from '@/lib/seo/alternates'
import { localizePath, pathsFor, siteUrl, sitePaths } from '@/lib/urls/sitePaths'
import { EventDetail } from '../components/EventDetail'
import '../components/events.css'
import { getEvent } from '../queries'
import { eventWords } from '../words'

type Props = { params: Promise<{ locale: string; slug: string }> }

export const eventMetadata = async ({ params }: Props): Promise<Metadata> => {
  const locale = await localeOf(params)
  const event = await getEvent((await params).slug, locale)
  if (!event) return { title: dictionary(locale).common.notFoundTitle }
  const slug = event.slug ?? ''
  return {
    alternates: alternatesFor(locale, sitePaths.event(slug), { links: [{ title: event.title, type: 'text/calendar', url: `${siteUrl()}${localizePath(locale, sitePaths.eventIcs(slug))}` }] }),
    description: event.meta?.description ?? event.summary ?? undefined,
    title: event.meta?.title ?? event.title,
  }
}

/** /su-kien/<slug>: a published event (an editor's preview shows the draft); anything else is a 404. */
export const EventPage = async ({ params }: Props) => {
  const locale = await localeOf(params)
  const event = await getEvent((await params).slug, locale)
  if (!event) notFound()
  const [translated, settings] = await Promise.all([isTranslated({ collection: 'events', id: event.id, locale }), getSiteSettings(locale)])
  const paths = pathsFor(locale)
  const path = paths.event(event.slug ?? '')
  return (
    <div className="container">
      <Breadcrumbs items={[{ href: paths.events, label: eventWords(locale).title }, { href: path, label: event.title }]} locale={locale} />
      {/* The phase (upcoming, under way, past) is as of this render; the route is rendered again every half hour. */}
      <EventDetail event={event} locale={locale} now={new Date()} translated={translated} />
      <MediaKit date={event.updatedAt} defaultLicence={settings.defaultImageLicence} images={[event.cover]} locale={locale} path={path} publisher={settings.siteName} title={event.title} />
    </div>
  )
}
