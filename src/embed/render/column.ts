import { pathsFor, siteUrl } from '@/lib/urls/sitePaths'
import { html } from '../html'
import type { LoadedColumn } from '../load'
import { attribution, dateLine, langOf, link, untranslatedNote } from './parts'
import type { RenderContext, Rendered } from './types'

/** A column's newest `n` articles: titles and dates, plus bylines and summaries in the full variant. */
export const renderColumn = ({ articles, column, translated }: LoadedColumn, ctx: RenderContext): Rendered => {
  const full = ctx.options.variant === 'full'
  const articleUrl = (slug: string | null | undefined) => `${siteUrl()}${pathsFor(ctx.locale).article(column.slug ?? '', slug ?? '')}`
  const items = articles.slice(0, ctx.options.n).map(
    (a) => html`<li${langOf(a.translated)}><h2>${link(articleUrl(a.slug), a.title)}</h2>${dateLine(a.publishedAt, full ? a.byline : null)}${full && a.summary ? html`<p>${a.summary}</p>` : ''}</li>`,
  )
  const body = html`<main><header${langOf(translated)}><h1>${link(ctx.canonical, column.name)}</h1>${full && column.description ? html`<p class="meta">${column.description}</p>` : ''}</header>${untranslatedNote(translated, ctx.words)}${
    items.length > 0 ? html`<ul class="items">${items}</ul>` : html`<p>${ctx.words.empty}</p>`
  }</main>${attribution({ canonical: ctx.canonical, extra: [column.licence], siteName: ctx.siteName, words: ctx.words })}`
  return { body, title: column.name }
}
