import { dictionary } from '@/i18n'
import type { Locale } from '@/i18n/locales'
import { siteUrl } from '@/lib/urls/sitePaths'
import { EMBED_CSP, embedDocument } from './document'
import { html, type SafeHtml } from './html'
import type { EmbedTheme, EmbedVariant } from './params'
import { link } from './render/parts'
import { embedWords } from './words'

/**
 * HTTP caches cannot be purged when an editor publishes, so pages are kept
 * briefly (the data under them is cached by tag and purged on publish). A
 * 404 is kept shorter still, so a newly published page shows up soon.
 */
const CACHE_CONTROL: Record<number, string> = {
  200: 'public, max-age=300, s-maxage=300, stale-while-revalidate=86400',
  400: 'public, max-age=3600',
  404: 'public, max-age=60',
  503: 'no-store',
}

type Page = { body: SafeHtml; canonical?: string; locale: Locale; status: number; theme: EmbedTheme; title: string; variant: EmbedVariant }

export const embedResponse = ({ status, ...page }: Page): Response =>
  new Response(embedDocument(page), {
    headers: {
      'Cache-Control': CACHE_CONTROL[status] ?? 'no-store',
      'Content-Security-Policy': EMBED_CSP,
      'Content-Type': 'text/html; charset=utf-8',
      // Framed by anyone, including hosts that isolate themselves (COEP).
      'Cross-Origin-Resource-Policy': 'cross-origin',
      'X-Content-Type-Options': 'nosniff',
      // The site's own pages are the ones to index; embedded copies count for their host page.
      'X-Robots-Tag': 'noindex, indexifembedded',
    },
    status,
  })

type Failure = { locale: Locale; message?: string; status: 400 | 404 | 503; theme?: EmbedTheme }

/** A small page in the frame that says what went wrong, in the asked-for language when we know it. */
export const embedFailure = ({ locale, message, status, theme = 'light' }: Failure): Response => {
  const words = embedWords(locale)
  const heading = status === 400 ? words.badRequest : status === 404 ? words.notFound : words.unavailable
  const body = html`<main><h1>${heading}</h1>${message ? html`<p lang="en">${message}</p>` : ''}<p>${link(siteUrl(), dictionary(locale).site.brand)}</p></main>`
  return embedResponse({ body, locale, status, theme, title: heading, variant: 'compact' })
}
