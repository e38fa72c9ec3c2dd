import { eventKinds } from '@/collections/Events/options'
import { eventPlace } from '@/events/place'
import { formatEventWhenWithZone } from '@/events/when'
import { optionLabel } from '@/lib/text/optionLabel'
import { pathsFor, siteUrl } from '@/lib/urls/sitePaths'
import { html } from '../html'
import { eventsHeading, type LoadedEvents } from '../load'
import { attribution, langOf, link } from './parts'
import type { RenderContext, Rendered } from './types'

const KINDS = [...eventKinds]

/** The next `n` events: title, when (Vietnam time) and where; the kind and summary in the full variant. */
export const renderEvents = (loaded: LoadedEvents, ctx: RenderContext): Rendered => {
  const full = ctx.options.variant === 'full'
  const paths = pathsFor(ctx.locale)
  const title = eventsHeading(loaded, ctx.locale)
  const items = loaded.events.slice(0, ctx.options.n).map((event) => {
    const place = eventPlace(event)
    return html`<li${langOf(event.translated)}><h2>${link(`${siteUrl()}${paths.event(event.slug ?? '')}`, event.title)}</h2><p class="meta">${formatEventWhenWithZone(event, ctx.locale)}${place ? ` · ${place}` : ''}</p>${
      full ? html`<p><span class="tag">${optionLabel(KINDS, event.kind, ctx.locale)}</span></p>${event.summary ? html`<p>${event.summary}</p>` : ''}` : ''
    }</li>`
  })
  const body = html`<main><h1>${link(ctx.canonical, title)}</h1>${items.length > 0 ? html`<ul class="items">${items}</ul>` : html`<p>${ctx.words.noEvents}</p>`}</main>${attribution({
    canonical: ctx.canonical,
    siteName: ctx.siteName,
    words: ctx.words,
  })}`
  return { body, title }
}
