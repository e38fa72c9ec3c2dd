import { awardForms } from '@/collections/Awards/options'
import { dictionary, type Locale } from '@/i18n'
import type { SearchParams } from '@/lib/filters/params'
import { getTaxonomies } from '@/lib/queries/taxonomies'
import { optionLabel } from '@/lib/text/optionLabel'
import { listMovementOptions } from '@/movements/queries'
import { buildCharts, type Labels, type Named } from './charts/build'
import type { Chart } from './charts/types'
import { parseStatisticsFilters, type StatisticsFilters, statisticsParams } from './filters'
import type { StatSelection } from './aggregate'
import { type Figures, getFigures } from './queries'

/** One line of the selection as readers see it ("Tỉnh, thành phố: Hà Nội"). */
export type SelectionPart = { label: string; value: string }

export type Statistics = { charts: Chart[]; figures: Figures; filters: StatisticsFilters; labels: Labels; params: Record<string, string>; selection: SelectionPart[] }

const statisticsLabels = async (locale: Locale): Promise<Labels> => {
  const [{ provinces, sectors }, movements] = await Promise.all([getTaxonomies(locale), listMovementOptions(locale)])
  return { movements, provinces, sectors }
}

/**
 * The URL's slugs as ids. An unknown slug (a typo, a province merged away,
 * an unpublished movement) is dropped, so the page shows the rest of the
 * selection rather than nothing; the filters shown say what was applied.
 */
export const resolveSelection = ({ filters, labels }: { filters: StatisticsFilters; labels: Labels }): { applied: StatisticsFilters; selection: StatSelection } => {
  const find = (list: Named[], slug?: string) => (slug ? list.find((item) => item.slug === slug) : undefined)
  const [province, sector, movement] = [find(labels.provinces, filters.province), find(labels.sectors, filters.sector), find(labels.movements, filters.movement)]
  return {
    applied: { ...filters, movement: movement && filters.movement, province: province && filters.province, sector: sector && filters.sector },
    selection: { form: filters.form, from: filters.from, movement: movement?.id, province: province?.id, sector: sector?.id, to: filters.to },
  }
}

/** The filters that were applied, named in the reader's language, for the page's header, the print and the downloads. */
export const describeSelection = ({ filters, labels, locale }: { filters: StatisticsFilters; labels: Labels; locale: Locale }): SelectionPart[] => {
  const t = dictionary(locale)
  const nameOf = (list: Named[], slug?: string) => list.find((item) => item.slug === slug)?.name ?? ''
  const parts: [string, string | undefined][] = [
    [t.statistics.fromYear, filters.from?.toString()],
    [t.statistics.toYear, filters.to?.toString()],
    [t.awards.formFilter, filters.form && optionLabel(awardForms, filters.form, locale)],
    [t.common.province, filters.province && nameOf(labels.provinces, filters.province)],
    [t.common.sector, filters.sector && nameOf(labels.sectors, filters.sector)],
    [t.awards.movementFilter, filters.movement && nameOf(labels.movements, filters.movement)],
  ]
  return parts.filter((p): p is [string, string] => Boolean(p[1])).map(([label, value]) => ({ label, value }))
}

/** The selection as one line ("Từ năm: 2020; Tỉnh, thành phố: Hà Nội"), or what an empty one covers. */
export const selectionLine = ({ locale, selection }: { locale: Locale; selection: SelectionPart[] }): string =>
  selection.length ? selection.map((p) => `${p.label}: ${p.value}`).join('; ') : dictionary(locale).statistics.everything

/** Everything the page, the downloads and the embeds show for one set of URL filters. */
export const loadStatistics = async ({ locale, params }: { locale: Locale; params: SearchParams }): Promise<Statistics> => {
  const labels = await statisticsLabels(locale)
  const { applied, selection } = resolveSelection({ filters: parseStatisticsFilters(params), labels })
  const figures = await getFigures(selection)
  return { charts: buildCharts({ figures, labels, locale }), figures, filters: applied, labels, params: statisticsParams(applied), selection: describeSelection({ filters: applied, labels, locale }) }
}
