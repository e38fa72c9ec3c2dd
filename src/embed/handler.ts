import { dictionary } from '@/i18n'
import { isLocale } from '@/i18n/locales'
import { type Loaded, loadTarget } from './load'
import { parseEmbedOptions } from './params'
import { renderArticle } from './render/article'
import { renderColumn } from './render/column'
import { renderConsultations } from './render/consultations'
import { renderEvents } from './render/events'
import { renderExemplar } from './render/exemplar'
import { renderMovement } from './render/movement'
import { renderStatisticsEmbed, statisticsCanonical } from '@/statistics/embed'
import type { RenderContext, Rendered } from './render/types'
import { embedFailure, embedResponse } from './respond'
import { pageUrlOf, targetFromSegments } from './targets'
import { embedWords } from './words'

const render = (loaded: Loaded, ctx: RenderContext): Rendered => {
  switch (loaded.kind) {
    case 'article':
      return renderArticle(loaded, ctx)
    case 'column':
      return renderColumn(loaded, ctx)
    case 'exemplar':
      return renderExemplar(loaded, ctx)
    case 'movement':
      return renderMovement(loaded, ctx)
    case 'events':
      return renderEvents(loaded, ctx)
    case 'consultations':
      return renderConsultations(loaded, ctx)
    case 'statistics':
      return renderStatisticsEmbed({ canonical: ctx.canonical, loaded, locale: ctx.locale, siteName: ctx.siteName, words: ctx.words })
  }
}

/**
 * GET /embed/<site path>: 200 with the embed, 400 for options we do not
 * understand, 404 for anything that is not a published page, and 503 (never
 * a 500) if the database fails us.
 */
export const handleEmbedRequest = async (request: Request, segments: readonly string[]): Promise<Response> => {
  const { searchParams } = new URL(request.url)
  const asked = searchParams.get('lang')
  const fallbackLocale = isLocale(asked) ? asked : 'vi'
  const parsed = parseEmbedOptions(searchParams)
  if (!parsed.ok) return embedFailure({ locale: fallbackLocale, message: parsed.message, status: 400 })
  const { options } = parsed
  const { locale, theme, variant } = options
  const target = targetFromSegments(segments, searchParams)
  if (!target) return embedFailure({ locale, status: 404, theme })
  try {
    const loaded = await loadTarget({ locale, now: new Date(), target })
    if (!loaded) return embedFailure({ locale, status: 404, theme })
    // A chart's link back names the filters that were applied (unknown ones dropped), not the ones asked for.
    const canonical = loaded.kind === 'statistics' ? statisticsCanonical({ loaded, locale }) : pageUrlOf(target, locale)
    const { body, title } = render(loaded, { canonical, locale, options, siteName: dictionary(locale).site.brand, words: embedWords(locale) })
    return embedResponse({ body, canonical, locale, status: 200, theme, title, variant })
  } catch (error) {
    console.error('[embed] could not render', segments.join('/'), error)
    return embedFailure({ locale, status: 503, theme })
  }
}
