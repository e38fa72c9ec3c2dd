import { dictionary, type Locale } from '@/i18n'
import { formatCount, formatShare } from '../format'
import type { Figures } from '../queries'
import type { Chart, ChartRow } from './types'

/** The row with the largest value in `column`, first in order on a tie; never the "not recorded" row. */
const leader = (rows: ChartRow[], column: number): ChartRow | undefined =>
  rows.filter((r) => !r.unknown && r.cells[column] > 0).reduce<ChartRow | undefined>((best, r) => (!best || r.cells[column] > best.cells[column] ? r : best), undefined)

/** The chart's one-sentence summary: what a sighted reader takes from the bars, for everyone. */
export const summarize = ({ chart, figures, locale }: { chart: Omit<Chart, 'summary'>; figures: Figures; locale: Locale }): string => {
  const t = dictionary(locale).statistics
  const count = (n: number) => formatCount(n, locale)
  const share = (n: number) => formatShare(n, locale)
  const recipients = figures.awards.totals.recipients
  switch (chart.key) {
    case 'byYear':
    case 'byForm':
    case 'bySector':
    case 'byMovement': {
      const top = leader(chart.rows, 0)
      return top ? t.most(chart.key === 'byYear' ? t.yearLabel(top.label) : top.label, t.what.decisions, count(top.cells[0])) : t.empty
    }
    case 'byProvince': {
      const top = leader(chart.rows, 1)
      return top ? t.most(top.label, t.what.recipients, count(top.cells[1])) : t.empty
    }
    case 'byKind': {
      const top = leader(chart.rows, 0)
      return top ? t.kindSummary(top.label, share(top.cells[1]), count(top.cells[0]), count(recipients)) : t.empty
    }
    case 'groups':
      return recipients > 0 ? t.groupsSummary(count(recipients), chart.rows.map((r) => t.groupPart(r.label, share(r.cells[1])))) : t.empty
    case 'stages': {
      const top = leader(chart.rows, 0)
      return top ? t.most(t.stageLabel(top.label), t.what.exemplars, count(top.cells[0])) : t.empty
    }
  }
}
