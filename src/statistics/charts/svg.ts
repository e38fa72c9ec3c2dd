import { html, type SafeHtml } from '@/embed/html'
import { dictionary, type Locale } from '@/i18n'
import { formatCount, formatShare } from '../format'
import type { ChartRow, DrawnChart } from './types'

/**
 * Bar colours with at least 3:1 contrast against the site's paper, white and
 * the embeds' dark background alike (WCAG 1.4.11), so one drawing serves
 * every theme; text takes the surrounding colour.
 */
export const SERIES_COLOURS = ['#c8372d', '#2f72b8'] as const

const WIDTH = 480
/** Room right of the longest bar for its value ("74,8% (222.042)"). */
const VALUE_ROOM = 130
const BAR = 14
const BAR_GAP = 3
const LABEL = 22
const ROW_GAP = 12
const LEGEND = 30
/** About what fits across the width at 16 units a letter; the table has every label whole. */
const LABEL_CHARS = 58

const label = (text: string) => (text.length > LABEL_CHARS ? `${text.slice(0, LABEL_CHARS - 1)}…` : text)

/** Rows per SVG strip: a strip never splits across printed pages, and eight fit twice on an A4 page at 12 cm wide. */
const ROWS_PER_STRIP = 8

/**
 * One chart as inline SVG, drawn on the server: labels above their bars (long
 * Vietnamese names never clip, and a phone scales one column), the value at
 * each bar's end. Drawn as strips of a few rows, stacked without a seam on
 * screen, so a printed chart of 34 provinces breaks between strips instead of
 * being shrunk to one page. Each strip is sized by its viewBox alone and
 * fills its container's width. The wrapper is the image (`role="img"`, named
 * by the chart's title and summary; the strips are hidden from assistive
 * technology); the numbers themselves are in the table beside it. Only
 * attributes, no CSS, so embeds (whose CSP allows one stylesheet) draw it unchanged.
 */
export const chartSvg = ({ chart, locale }: { chart: DrawnChart; locale: Locale }): SafeHtml => {
  const t = dictionary(locale).statistics
  const rows = chart.rows.slice(0, chart.shown)
  const countMax = Math.max(0, ...rows.flatMap((r) => chart.bars.filter((b) => chart.columns[b].format === 'count').map((b) => r.cells[b])))
  const scale = (column: number, value: number) => (chart.columns[column].format === 'share' ? value : countMax > 0 ? value / countMax : 0) * (WIDTH - VALUE_ROOM)
  const valueText = (cells: number[], column: number) =>
    chart.columns[column].format === 'share' ? `${formatShare(cells[column], locale)} (${formatCount(cells[0], locale)})` : formatCount(cells[column], locale)
  const rowHeight = LABEL + chart.bars.length * (BAR + BAR_GAP) + ROW_GAP
  const legend = chart.bars.map((column, i) => {
    const x = i * 240
    return html`<rect x="${x}" y="4" width="14" height="14" fill="${SERIES_COLOURS[i]}"/><text x="${x + 20}" y="16">${chart.columns[column].label}</text>`
  })
  const row = (item: ChartRow, top: number) =>
    html`<text y="${top + 16}" font-size="16">${label(item.label)}</text>${chart.bars.map((column, i) => {
      const y = top + LABEL + i * (BAR + BAR_GAP)
      const width = Math.round(scale(column, item.cells[column]) * 10) / 10
      return html`<rect y="${y}" width="${width}" height="${BAR}" fill="${SERIES_COLOURS[i]}"/><text x="${width + 6}" y="${y + 12}">${valueText(item.cells, column)}</text>`
    })}`
  const strips = Array.from({ length: Math.max(1, Math.ceil(rows.length / ROWS_PER_STRIP)) }, (_, s) => {
    const top = s === 0 ? LEGEND : 0
    const part = rows.slice(s * ROWS_PER_STRIP, (s + 1) * ROWS_PER_STRIP)
    // Text takes the surrounding colour and 14 units unless it says otherwise (set once here, not on every text).
    return html`<svg viewBox="0 0 ${WIDTH} ${top + part.length * rowHeight}" aria-hidden="true" focusable="false" display="block" fill="currentColor" font-size="14">${s === 0 ? legend : ''}${part.map((item, r) => row(item, top + r * rowHeight))}</svg>`
  })
  return html`<div class="chart" role="img" aria-label="${t.chartName(chart.title)}. ${chart.summary}">${strips}</div>`
}
