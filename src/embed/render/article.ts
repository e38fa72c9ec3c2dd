import { richTextToHtml } from '@/lib/html/richTextHtml'
import { html, trusted } from '../html'
import type { LoadedArticle } from '../load'
import { attribution, dateLine, figure, langOf, link, untranslatedNote } from './parts'
import type { RenderContext, Rendered } from './types'

/** Links inside the body open on the site in a new tab, like every other link of an embed. */
const linksInNewTab = (markup: string): string =>
  markup.replace(/<a\b([^>]*)>/g, (_, attributes: string) => `<a${attributes.replace(/\s(?:target|rel)="[^"]*"/g, '')} target="_blank" rel="noopener">`)

/** One article: the summary and a link on (compact), or the whole text with its cover (full). */
export const renderArticle = ({ article, column, translated }: LoadedArticle, ctx: RenderContext): Rendered => {
  const full = ctx.options.variant === 'full'
  const text = full ? richTextToHtml(article.body) : ''
  const body = html`<main><article${langOf(translated)}>${full ? figure(article.cover, 'card') : ''}<h1>${link(ctx.canonical, article.title)}</h1>${dateLine(article.publishedAt, article.byline)}${
    article.summary ? html`<p><strong>${article.summary}</strong></p>` : ''
  }${text ? trusted(linksInNewTab(text)) : html`<p>${link(ctx.canonical, ctx.words.readMore)}</p>`}</article>${untranslatedNote(translated, ctx.words)}</main>${attribution({
    canonical: ctx.canonical,
    extra: [column.name, column.licence, full ? column.attribution : null],
    siteName: ctx.siteName,
    words: ctx.words,
  })}`
  return { body, title: article.title }
}
