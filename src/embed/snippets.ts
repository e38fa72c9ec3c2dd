import { escapeHtml } from '@/lib/html/escape'
import { EMBED_SCRIPT_PATH } from './paths'

/**
 * What a media organization pastes. The loader (/embed.js) turns every
 * `[data-thidua-embed]` placeholder into an iframe and resizes every iframe
 * carrying `data-thidua-embed` (placeholders and pasted iframes alike).
 */

/**
 * Works without any script; with /embed.js on the page it also resizes to its
 * content. `maxWidth` (oEmbed's maxwidth) caps the width, which is otherwise
 * the container's.
 */
export const iframeSnippet = ({ embedUrl, height = 480, maxWidth, title }: { embedUrl: string; height?: number; maxWidth?: number; title: string }): string =>
  `<iframe src="${escapeHtml(embedUrl)}" title="${escapeHtml(title)}" data-thidua-embed width="100%" height="${height}" style="border:0;max-width:${maxWidth ? `${maxWidth}px` : '100%'}" loading="lazy"></iframe>`

/** A placeholder the loader replaces with a resizing iframe; the link is the no-script fallback. */
export const scriptSnippet = ({ embedUrl, origin, pageUrl, title }: { embedUrl: string; origin: string; pageUrl: string; title: string }): string =>
  `<div data-thidua-embed="${escapeHtml(embedUrl)}"><a href="${escapeHtml(pageUrl)}">${escapeHtml(title)}</a></div>\n<script async src="${escapeHtml(origin + EMBED_SCRIPT_PATH)}"></script>`
