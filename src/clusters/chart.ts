import type { Locale } from '@/i18n/locales'
import { formatCount } from '@/statistics/format'
import type { DrawnChart } from '@/statistics/charts/types'
import { clusterLabels } from './labels'
import type { RankedRow } from './ranking'

/**
 * A year's totals as the statistics charts draw them (src/statistics/charts:
 * server SVG, one bar per ranked member, highest first), with the sentence
 * that says what the bars show. Bars start at zero: a total pulled below it
 * by a penalty is drawn empty, its figure is in the ranking table.
 */
export const totalsChart = ({ locale, rows, year }: { locale: Locale; rows: RankedRow[]; year: number }): DrawnChart => {
  const t = clusterLabels(locale)
  const ranked = rows.filter((r): r is RankedRow & { rank: number; total: number } => r.rank !== null && r.total !== null)
  return {
    bars: [0],
    columns: [{ format: 'count', label: t.chartColumn }],
    rowHead: t.unit,
    rows: ranked.map((r) => ({ cells: [Math.max(0, r.total)], label: r.member })),
    shown: ranked.length,
    summary: totalsSummary({ locale, rows }),
    title: t.chartTitle(year),
  }
}

/** "Lào Cai dẫn đầu với 95,5 điểm; Sơn La thấp nhất với 70 điểm; 5/6 đơn vị đã được chấm điểm." */
export const totalsSummary = ({ locale, rows }: { locale: Locale; rows: RankedRow[] }): string => {
  const t = clusterLabels(locale)
  const ranked = rows.filter((r) => r.rank !== null && r.total !== null)
  if (ranked.length === 0) return t.noResults
  const points = (n: null | number) => formatCount(n ?? 0, locale)
  const leaders = ranked.filter((r) => r.rank === 1)
  const parts = [leaders.length > 1 ? t.summaryTied(leaders.map((r) => r.member), points(leaders[0].total)) : t.summaryLead(leaders[0].member, points(leaders[0].total))]
  const last = ranked[ranked.length - 1]
  if (last.rank !== 1 && ranked.filter((r) => r.rank === last.rank).length === 1) parts.push(t.summaryLast(last.member, points(last.total)))
  parts.push(t.summaryCount(ranked.length, rows.length))
  return `${parts.join('; ')}.`
}
