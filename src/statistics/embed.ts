import { html, type SafeHtml } from '@/embed/html'
import { attribution, link } from '@/embed/render/parts'
import type { EmbedWords } from '@/embed/words'
import { dictionary, type Locale } from '@/i18n'
import { formatDate } from '@/lib/dates/format'
import { REGISTER_LICENCE } from '@/register/downloads/rows'
import { chartSvg } from './charts/svg'
import { chartTableHtml } from './charts/table'
import { type Chart, chartKeyOfSlug } from './charts/types'
import { loadStatistics, selectionLine, type Statistics } from './load'
import { statisticsPageUrl } from './paths'

/** A chart of one selection, as an embed or oEmbed target names it. */
export type StatisticsEmbedTarget = { chart: string; kind: 'statistics'; params: Record<string, string> }

export type LoadedStatistics = { chart: Chart; statistics: Statistics }

/** The figures behind an embedded chart (the page's cached read), or null for a chart that does not exist. */
export const loadStatisticsEmbed = async ({ locale, target }: { locale: Locale; target: StatisticsEmbedTarget }): Promise<LoadedStatistics | null> => {
  const key = chartKeyOfSlug(target.chart)
  if (!key) return null
  const statistics = await loadStatistics({ locale, params: target.params })
  const chart = statistics.charts.find((c) => c.key === key)
  return chart ? { chart, statistics } : null
}

/** The page for a selection at this chart's section: the embed links back to it. */
export const statisticsCanonical = ({ loaded, locale }: { loaded: LoadedStatistics; locale: Locale }): string => statisticsPageUrl({ locale, params: loaded.statistics.params, slug: loaded.chart.slug })

/** The embed: the chart's title (linked to its section on /thong-ke with the same filters), the selection, its summary, the SVG, its table on demand. */
export const renderStatisticsEmbed = ({ canonical, loaded, locale, siteName, words }: { canonical: string; loaded: LoadedStatistics; locale: Locale; siteName: string; words: EmbedWords }): { body: SafeHtml; title: string } => {
  const t = dictionary(locale).statistics
  const { chart, statistics } = loaded
  const selection = selectionLine({ locale, selection: statistics.selection })
  const title = `${t.heading}: ${chart.title}`
  const body = html`<main><h1>${link(canonical, title)}</h1><p class="meta">${t.selection} ${selection}. ${t.asOf(formatDate(statistics.figures.computedAt))}</p><p>${chart.summary}</p>${chartSvg({ chart, locale })}<details><summary>${t.table}</summary>${chartTableHtml({ chart, locale })}</details></main>${attribution({ canonical, extra: [`${REGISTER_LICENCE.name}. ${REGISTER_LICENCE.attribution}`], siteName, words })}`
  return { body, title }
}
