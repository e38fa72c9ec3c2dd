import { eventKinds } from '@/collections/Events/options'
import { escapeHtml } from '@/lib/html/escape'
import { richTextToHtml } from '@/lib/html/richTextHtml'
import { optionLabel } from '@/lib/text/optionLabel'
import { sitePaths } from '@/lib/urls/sitePaths'
import { readFeedEvents, readFeedMovement, readFeedProvince } from './eventQueries'
import { eventPlace } from '@/events/place'
import { formatEventWhenWithZone } from '@/events/when'
import { eventWords } from '@/events/words'
import { readFeedSettings } from './queries'
import { feedDocument, siteRights } from './channel'
import { absoluteUrl, authorsOf, categoriesOf, entryId, imageOf, paragraph } from './items'
import type { FeedDocument, FeedEntry } from './model'

/** `su-kien/tinh/<slug>` or `su-kien/phong-trao/<slug>`: the events of one province or one movement. */
export type EventsFilter = { by: 'phong-trao' | 'tinh'; slug: string }

type Event = Awaited<ReturnType<typeof readFeedEvents>>[number]

const KINDS = [...eventKinds]

const w = eventWords('vi')

const WORDS = {
  description: w.description,
  movementDescription: (name: string) => `Các sự kiện của phong trào thi đua “${name}”.`,
  provinceDescription: (name: string) => `Các sự kiện thi đua, khen thưởng tại ${name}.`,
}

const linkLine = (href: string | null | undefined, text: string) => (href ? `<p><a href="${escapeHtml(href)}">${escapeHtml(text)}</a></p>` : '')

/** When and where first (what a newsroom needs to plan coverage), then the summary, the programme and the links. */
const eventHtml = (event: Event): string => {
  const programme = richTextToHtml(event.programme)
  return [
    paragraph(`${w.when}: ${formatEventWhenWithZone(event, 'vi')}`),
    eventPlace(event) ? paragraph(`${w.venue}: ${eventPlace(event)}`) : '',
    event.organizer ? paragraph(`${w.organizer}: ${event.organizer}`) : '',
    paragraph(event.summary),
    programme ? `<h2>${w.programme}</h2>${programme}` : '',
    linkLine(event.livestreamUrl, w.livestream),
    linkLine(event.registrationUrl, w.register),
  ].join('')
}

const entryOf = (event: Event & { slug: string }): FeedEntry => ({
  authors: authorsOf(),
  categories: categoriesOf([optionLabel(KINDS, event.kind)]),
  contentHtml: eventHtml(event),
  id: entryId('events', event.id),
  image: imageOf(event.cover),
  link: absoluteUrl(sitePaths.event(event.slug)),
  // Announcement order, not the event's date: a feed reader sorts and marks
  // items as new by this date, and a newsroom wants to hear of an event when
  // it is announced (weeks before it happens). A start date here would put
  // future dates on items (some readers hide them) and move an item already
  // read whenever the event is rescheduled; the start is in the content.
  published: event.createdAt,
  summary: [`${w.when}: ${formatEventWhenWithZone(event, 'vi')}.`, eventPlace(event) ? `${w.venue}: ${eventPlace(event)}.` : '', event.summary?.trim() ?? ''].filter(Boolean).join(' '),
  title: event.title,
  updated: event.updatedAt,
})

/** What a filter narrows to: the province or movement by its slug, or null when there is none published. */
const narrowing = async (filter?: EventsFilter) => {
  if (!filter) return { description: WORDS.description, query: {}, sitePath: sitePaths.events, title: w.title, updatedAt: undefined }
  const query = `${sitePaths.events}?${new URLSearchParams({ [filter.by]: filter.slug })}`
  if (filter.by === 'tinh') {
    const province = await readFeedProvince(filter.slug)
    return province && { description: WORDS.provinceDescription(province.name), query: { province: province.id }, sitePath: query, title: `${w.title} – ${province.name}`, updatedAt: province.updatedAt }
  }
  const movement = await readFeedMovement(filter.slug)
  return movement && { description: WORDS.movementDescription(movement.name), query: { movement: movement.id }, sitePath: query, title: `${w.title} – ${movement.name}`, updatedAt: movement.updatedAt }
}

/**
 * Published events (`su-kien`), or those of one province
 * (`su-kien/tinh/<slug>`) or one movement (`su-kien/phong-trao/<slug>`);
 * `null` for an unknown province or an unpublished movement.
 */
export const buildEventsFeed = async (filter?: EventsFilter): Promise<FeedDocument | null> => {
  const [settings, scope] = await Promise.all([readFeedSettings(), narrowing(filter)])
  if (!scope) return null
  const events = await readFeedEvents(scope.query)
  return feedDocument({
    also: [scope.updatedAt],
    description: scope.description,
    entries: events.flatMap((event) => (event.slug ? [entryOf({ ...event, slug: event.slug })] : [])),
    name: filter ? `su-kien/${filter.by}/${filter.slug}` : 'su-kien',
    rights: siteRights(settings),
    settings,
    sitePath: scope.sitePath,
    title: scope.title,
  })
}
