import { dictionary } from '@/i18n'
import type { Locale } from '@/i18n/locales'
import { isMedia } from '@/lib/media/images'
import { pathsFor, siteUrl } from '@/lib/urls/sitePaths'
import { getEmbedArticle, getEmbedColumn, getEmbedExemplar, getEmbedMovement } from './queries'
import { getEmbedConsultations, getEmbedEvents } from './listQueries'
import { openNow } from '@/consultation/state'
import { eventPhase } from '@/events/time'
import { embedWords } from './words'
import type { Media } from '@/payload-types'
import type { EmbedTarget } from './targets'
import { type LoadedStatistics, loadStatisticsEmbed } from '@/statistics/embed'

type Found<F extends (...args: never[]) => Promise<unknown>> = NonNullable<Awaited<ReturnType<F>>>

export type LoadedColumn = Found<typeof getEmbedColumn>
export type LoadedArticle = Found<typeof getEmbedArticle>
export type LoadedExemplar = Found<typeof getEmbedExemplar>
export type LoadedMovement = Found<typeof getEmbedMovement>
export type LoadedEvents = Found<typeof getEmbedEvents>
export type LoadedConsultations = Found<typeof getEmbedConsultations>

export type Loaded =
  | ({ kind: 'article' } & LoadedArticle)
  | ({ kind: 'column' } & LoadedColumn)
  | ({ kind: 'exemplar' } & LoadedExemplar)
  | ({ kind: 'movement' } & LoadedMovement)
  | ({ kind: 'events' } & LoadedEvents)
  | ({ kind: 'consultations' } & LoadedConsultations)
  | ({ kind: 'statistics' } & LoadedStatistics)

/** Published and not scheduled for later: an article dated in the future is not out yet. */
export const isLive = (publishedAt: string | null | undefined, now: Date): boolean => !publishedAt || new Date(publishedAt) <= now

/**
 * The published document a target names, as an anonymous reader sees it at
 * `now`; null when it does not exist, is a draft or is not out yet.
 */
export const loadTarget = async ({ locale, now, target }: { locale: Locale; now: Date; target: EmbedTarget }): Promise<Loaded | null> => {
  switch (target.kind) {
    case 'article': {
      const found = await getEmbedArticle(target.column, target.slug, locale)
      return found && isLive(found.article.publishedAt, now) ? { kind: 'article', ...found } : null
    }
    case 'column': {
      const found = await getEmbedColumn(target.slug, locale)
      if (!found) return null
      const articles = found.articles.filter((a) => isLive(a.publishedAt, now)).sort((a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? ''))
      return { kind: 'column', ...found, articles }
    }
    case 'exemplar': {
      const found = await getEmbedExemplar(target.slug, locale)
      return found ? { kind: 'exemplar', ...found } : null
    }
    case 'movement': {
      const found = await getEmbedMovement(target.slug, locale)
      return found ? { kind: 'movement', ...found } : null
    }
    case 'events': {
      const found = await getEmbedEvents(target.province ?? '', target.movement ?? '', locale)
      return found ? { kind: 'events', ...found, events: found.events.filter((e) => eventPhase(e, now) !== 'past') } : null
    }
    case 'consultations': {
      const found = await getEmbedConsultations(locale)
      return { kind: 'consultations', nominations: openNow(found.nominations, now.getTime()) }
    }
    case 'statistics': {
      const found = await loadStatisticsEmbed({ locale, target })
      return found ? { kind: 'statistics', ...found } : null
    }
  }
}

/** What oEmbed and the page title say about a loaded document. */
export const summarize = (loaded: Loaded, locale: Locale): { authorName: string; authorUrl: string; image: Media | null; title: string } => {
  const site = { authorName: dictionary(locale).site.brand, authorUrl: `${siteUrl()}${pathsFor(locale).home}` }
  const columnAuthor = (column: { name: string; slug?: string | null }) => ({ authorName: column.name, authorUrl: `${siteUrl()}${pathsFor(locale).column(column.slug ?? '')}` })
  switch (loaded.kind) {
    case 'article': {
      const { article, column } = loaded
      const author = columnAuthor(column)
      return { ...author, authorName: article.byline || author.authorName, image: isMedia(article.cover) ? article.cover : null, title: article.title }
    }
    case 'column':
      return { ...columnAuthor(loaded.column), image: isMedia(loaded.column.cover) ? loaded.column.cover : null, title: loaded.column.name }
    case 'exemplar':
      return { ...site, image: isMedia(loaded.exemplar.portrait) ? loaded.exemplar.portrait : null, title: loaded.exemplar.name }
    case 'movement':
      return { ...site, image: isMedia(loaded.movement.cover) ? loaded.movement.cover : null, title: loaded.movement.name }
    case 'events':
      return { ...site, image: null, title: eventsHeading(loaded, locale) }
    case 'consultations':
      return { ...site, image: null, title: dictionary(locale).consultations.title }
    case 'statistics':
      return { ...site, image: null, title: `${dictionary(locale).statistics.heading}: ${loaded.chart.title}` }
  }
}

/** "Coming events", with the movement and province they are narrowed to. */
export const eventsHeading = ({ movement, province }: LoadedEvents, locale: Locale): string =>
  embedWords(locale).upcomingEvents([movement?.name, province?.name].filter(Boolean).join(' · ') || undefined)
