import { dictionary, type Locale } from '@/i18n'
import { html, type SafeHtml } from '@/embed/html'
import { chartSvg } from '../charts/svg'
import { chartTableHtml } from '../charts/table'
import type { Chart } from '../charts/types'
import { ChartEmbed } from './ChartEmbed'

/** The drawing (with a note when it leaves rows to the table) beside the table. */
const chartBodyHtml = ({ chart, locale }: { chart: Chart; locale: Locale }): SafeHtml => {
  const note = chart.shown < chart.rows.length ? html`<figcaption class="meta">${dictionary(locale).statistics.moreInTable(chart.shown, chart.rows.length)}</figcaption>` : ''
  return html`<figure class="stats-figure">${chartSvg({ chart, locale })}${note}</figure>${chartTableHtml({ chart, locale })}`
}

/**
 * One chart: heading, the sentence that sums it up, the SVG (drawn on the
 * server; it is markup, not script) beside its table, and the embed panel.
 * Printed, each section starts a page headed by the selection and the date.
 */
export const ChartSection = ({ chart, locale, params, printHeader }: { chart: Chart; locale: Locale; params: Record<string, string>; printHeader: string }) => {
  const t = dictionary(locale).statistics
  const headingId = `${chart.slug}-tieu-de`
  return (
    <section aria-labelledby={headingId} className="stats-chart" id={chart.slug}>
      <h2 id={headingId}>{chart.title}</h2>
      <p className="stats-print-only meta">{printHeader}</p>
      <p className="stats-summary">{chart.summary}</p>
      {/* Markup built from escaped text only (src/embed/html.ts), sent once rather than as a component tree. */}
      <div className="stats-chart-body" dangerouslySetInnerHTML={{ __html: chartBodyHtml({ chart, locale }).value }} />
      <ChartEmbed locale={locale} params={params} slug={chart.slug} title={`${t.heading}: ${chart.title}`} />
    </section>
  )
}
