import './statistics.css'

import { Breadcrumbs } from '@/components/Breadcrumbs'
import { dictionary, type Locale } from '@/i18n'
import { formatDate } from '@/lib/dates/format'
import type { SearchParams } from '@/lib/filters/params'
import { pathsFor } from '@/lib/urls/sitePaths'
import { loadStatistics, selectionLine } from '../load'
import { ChartSection } from './ChartSection'
import { HeadlineFigures } from './HeadlineFigures'
import { StatisticsFilterForm } from './StatisticsFilterForm'
import { StatisticsTools } from './StatisticsTools'

/**
 * /thong-ke for one set of URL filters (unknown values are dropped; the
 * header says what was applied). Everything is drawn on the server: charts
 * are inline SVG, the only script is the copy and print buttons.
 */
export const StatisticsPage = async ({ locale, params: searchParams }: { locale: Locale; params: SearchParams }) => {
  const t = dictionary(locale).statistics
  const paths = pathsFor(locale)
  const { charts, figures, filters, labels, params, selection } = await loadStatistics({ locale, params: searchParams })
  const asOf = formatDate(figures.computedAt)
  return (
    <div className="container statistics">
      <Breadcrumbs items={[{ href: paths.statistics, label: t.title }]} locale={locale} />
      <header className="stats-header">
        <h1>{t.heading}</h1>
        <p className="stats-selection">
          <strong>{t.selection}</strong> {selectionLine({ locale, selection })}.
        </p>
        <p className="meta">{t.asOf(asOf)}</p>
      </header>
      <StatisticsFilterForm labels={labels} locale={locale} params={params} />
      <StatisticsTools filters={filters} locale={locale} params={params} />
      <HeadlineFigures figures={figures} locale={locale} />
      <nav aria-label={t.contents} className="stats-contents">
        <ul>
          {charts.map((c) => (
            <li key={c.slug}>
              <a href={`#${c.slug}`}>{c.title}</a>
            </li>
          ))}
        </ul>
      </nav>
      {charts.map((chart) => (
        <ChartSection chart={chart} key={chart.slug} locale={locale} params={params} printHeader={`${t.selection} ${selectionLine({ locale, selection })}. ${t.asOf(asOf)}`} />
      ))}
      <section aria-labelledby="cach-tinh" className="stats-definitions">
        <h2 id="cach-tinh">{t.definitionsHeading}</h2>
        <ul>
          {t.definitions.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>
    </div>
  )
}
