import { html, type SafeHtml } from '@/embed/html'
import { dictionary, type Locale } from '@/i18n'
import { formatCount, formatShare } from '../format'
import { type Chart, totalsOf } from './types'

/**
 * The chart's figures as a table (caption, column and row headers, a total
 * when it means something), for the page and the embeds alike: the same
 * numbers for screen readers, print, and anyone who copies them. Markup, not
 * React: the page sends it once as HTML instead of a component tree that
 * Next would also repeat in the page's data.
 */
export const chartTableHtml = ({ chart, locale }: { chart: Chart; locale: Locale }): SafeHtml => {
  const format = (value: number, column: number) => (chart.columns[column].format === 'share' ? formatShare(value, locale) : formatCount(value, locale))
  const cells = (values: number[]) => values.map((value, i) => html`<td class="num">${format(value, i)}</td>`)
  const totals = totalsOf(chart)
  return html`<table class="stats-table"><caption>${chart.title}</caption><thead><tr><th scope="col">${chart.rowHead}</th>${chart.columns.map((c) => html`<th scope="col" class="num">${c.label}</th>`)}</tr></thead><tbody>${chart.rows.map(
    (row) => html`<tr><th scope="row">${row.label}</th>${cells(row.cells)}</tr>`,
  )}</tbody>${totals ? html`<tfoot><tr><th scope="row">${dictionary(locale).statistics.total}</th>${cells(totals)}</tr></tfoot>` : ''}</table>`
}
