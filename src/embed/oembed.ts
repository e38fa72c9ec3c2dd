import { loadTarget, summarize } from './load'
import { embedUrlOf, type EmbedKind, targetFromPageUrl } from './targets'
import { dictionary } from '@/i18n'
import { iframeSnippet } from './snippets'
import { largestFitting } from '@/lib/media/images'
import { getPayloadClient } from '@/lib/server/payload'
import { siteUrl } from '@/lib/urls/sitePaths'

/** How large each kind of embed is by default; oEmbed's maxwidth/maxheight only ever shrink it. */
const DEFAULT_SIZE: Record<EmbedKind, { height: number; width: number }> = {
  article: { height: 640, width: 600 },
  column: { height: 480, width: 600 },
  exemplar: { height: 280, width: 600 },
  movement: { height: 320, width: 600 },
  events: { height: 480, width: 600 },
  consultations: { height: 480, width: 600 },
  statistics: { height: 560, width: 600 },
}
/** Below this width the embed switches to its compact variant. */
const COMPACT_BELOW = 400
const CACHE_AGE_SECONDS = 3600

const reply = (status: number, body: object, cache = 'public, max-age=300'): Response =>
  Response.json(body, { headers: { 'Access-Control-Allow-Origin': '*', 'Cache-Control': cache }, status })

/** `undefined` when absent, a number when a positive integer, `null` otherwise. */
const positiveInteger = (raw: string | null): number | null | undefined => (raw === null ? undefined : /^[1-9]\d{0,5}$/.test(raw) ? Number(raw) : null)

/**
 * oEmbed 1.0 (oembed.com) for the public pages that have an embed: a
 * published article, column, exemplar or movement, in either language.
 * JSON only (XML answers 501, as the spec asks of unsupported formats).
 */
export const handleOembedRequest = async (request: Request): Promise<Response> => {
  const params = new URL(request.url).searchParams
  const pageUrl = params.get('url')
  if (!pageUrl) return reply(400, { error: 'url is required: the address of one of our public pages' })
  const maxWidth = positiveInteger(params.get('maxwidth'))
  const maxHeight = positiveInteger(params.get('maxheight'))
  if (maxWidth === null || maxHeight === null) return reply(400, { error: 'maxwidth and maxheight must be positive whole numbers when given' })
  const format = params.get('format') ?? 'json'
  if (format !== 'json') return reply(501, { error: `format "${format.slice(0, 20)}" is not supported; use json` })
  const resolved = targetFromPageUrl(pageUrl)
  if (!resolved) return reply(404, { error: `not one of our public pages that can be embedded (origin ${siteUrl()})` }, 'public, max-age=60')
  try {
    const loaded = await loadTarget({ locale: resolved.locale, now: new Date(), target: resolved.target })
    if (!loaded) return reply(404, { error: 'no published page at this url' }, 'public, max-age=60')
    const about = summarize(loaded, resolved.locale)
    const size = DEFAULT_SIZE[loaded.kind]
    const width = Math.min(size.width, maxWidth ?? Infinity)
    const height = Math.min(size.height, maxHeight ?? Infinity)
    const embedUrl = new URL(embedUrlOf(resolved.target, resolved.locale))
    if (width < COMPACT_BELOW) embedUrl.searchParams.set('variant', 'compact')
    const thumbnail = about.image ? largestFitting(about.image, { maxHeight, maxWidth }) : null
    return reply(
      200,
      {
        author_name: about.authorName,
        author_url: about.authorUrl,
        cache_age: CACHE_AGE_SECONDS,
        height,
        html: iframeSnippet({ embedUrl: embedUrl.href, height, maxWidth: width, title: about.title }),
        provider_name: dictionary(resolved.locale).site.brand,
        provider_url: siteUrl(),
        title: about.title,
        type: 'rich',
        version: '1.0',
        width,
        ...(thumbnail ? { thumbnail_height: thumbnail.height, thumbnail_url: new URL(thumbnail.url, siteUrl()).href, thumbnail_width: thumbnail.width } : {}),
      },
      `public, max-age=${CACHE_AGE_SECONDS}`,
    )
  } catch (error) {
    const payload = await getPayloadClient()
    payload.logger.error({ err: error, msg: 'oEmbed lookup failed' })
    return reply(503, { error: 'temporarily unavailable' }, 'no-store')
  }
}
