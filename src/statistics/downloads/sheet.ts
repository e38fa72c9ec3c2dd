import { dictionary, type Locale } from '@/i18n'
import { formatDate } from '@/lib/dates/format'
import { REGISTER_LICENCE } from '@/register/downloads/rows'
import { type Chart, totalsOf } from '../charts/types'
import type { Statistics } from '../load'
import { statisticsPageUrl } from '../paths'

/** A cell before formatting: text, a count, or a share (a fraction, written as a percentage). */
export type Cell = { count: number } | { share: number } | string

/**
 * What every download writes before its tables: the title, where the
 * figures come from, the filters applied, their date and the licence. The
 * CSV writes it once, the workbook at the top of each sheet.
 */
export const preamble = ({ locale, statistics }: { locale: Locale; statistics: Statistics }): Cell[][] => {
  const t = dictionary(locale).statistics
  const { figures, params, selection } = statistics
  return [
    [t.heading],
    [t.source, statisticsPageUrl({ locale, params })],
    ...(selection.length ? selection.map((p) => [p.label, p.value]) : [[t.selection, t.everything]]),
    [t.asOf(formatDate(figures.computedAt))],
    [`${REGISTER_LICENCE.name} (${REGISTER_LICENCE.url}). ${REGISTER_LICENCE.attribution}`],
  ]
}

/** One chart as rows: its title, a header, every row (the SVG may draw fewer) and the total when it means something. */
export const chartRows = ({ chart, locale }: { chart: Chart; locale: Locale }): Cell[][] => {
  const cell = (value: number, column: number): Cell => (chart.columns[column].format === 'share' ? { share: value } : { count: value })
  const totals = totalsOf(chart)
  return [
    [chart.title],
    [chart.rowHead, ...chart.columns.map((c) => c.label)],
    ...chart.rows.map((row) => [row.label, ...row.cells.map(cell)]),
    ...(totals ? [[dictionary(locale).statistics.total, ...totals.map(cell)]] : []),
  ]
}
