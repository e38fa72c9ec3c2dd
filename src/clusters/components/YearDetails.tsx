import Link from 'next/link'

import type { Locale } from '@/i18n/locales'
import { formatDate } from '@/lib/dates/format'
import { pathsFor } from '@/lib/urls/sitePaths'
import { chartSvg } from '@/statistics/charts/svg'
import { totalsChart } from '../chart'
import { clusterLabels } from '../labels'
import type { ClusterYear } from '../queries'
import type { RankedRow } from '../ranking'
import { CriteriaTable } from './CriteriaTable'
import { RankingTable } from './RankingTable'

type Linked = { slug?: null | string }
/** A relation readers may follow: populated (published, or a draft in preview) and with a slug. */
const linked = <T extends Linked>(value: unknown): T | null => (value && typeof value === 'object' && (value as Linked).slug ? (value as T) : null)

type Doc = Linked & { number?: string; title?: string }
type Award = Linked & { awardTitle?: string; decisionDate?: string; decisionNumber?: string }

/** One year of a cluster: who led it, the agreement, the criteria, the ranking with its chart, and the commendation. */
export const YearDetails = ({ entry, locale, name, rows }: { entry: ClusterYear; locale: Locale; name: string; rows: RankedRow[] }) => {
  const t = clusterLabels(locale)
  const paths = pathsFor(locale)
  const agreement = linked<Doc>(entry.agreement)
  const award = linked<Award>(entry.awardDecision)
  const criteria = entry.criteria ?? []
  const chart = totalsChart({ locale, rows, year: entry.year })
  return (
    <section aria-labelledby="nam-thi-dua" className="section">
      <h2 id="nam-thi-dua">{t.yearHeading(entry.year)}</h2>
      <dl className="facts">
        <dt>{t.leadingUnit}</dt>
        <dd>{entry.leadingUnit || t.notSet}</dd>
        <dt>{t.deputyUnit}</dt>
        <dd>{entry.deputyUnit || t.notSet}</dd>
        {agreement ? (
          <>
            <dt>{t.agreement}</dt>
            <dd>
              <Link href={paths.document(agreement.slug ?? '')}>{[agreement.number, agreement.title].filter(Boolean).join(' – ')}</Link>
            </dd>
          </>
        ) : null}
      </dl>
      {criteria.length > 0 ? (
        <>
          <h3>{t.criteriaHeading}</h3>
          <CriteriaTable criteria={criteria} locale={locale} year={entry.year} />
        </>
      ) : null}
      <h3 id="xep-hang">{t.rankingHeading}</h3>
      {chart.rows.length > 0 ? (
        <>
          <p className="cluster-summary">{chart.summary}</p>
          <RankingTable criteria={criteria} locale={locale} name={name} rows={rows} year={entry.year} />
          {/* Markup built from escaped text only (src/embed/html.ts), the same drawing as /thong-ke's. */}
          <figure className="cluster-figure" dangerouslySetInnerHTML={{ __html: chartSvg({ chart, locale }).value }} />
        </>
      ) : (
        <p className="empty">{t.noResults}</p>
      )}
      {award || entry.awardNote ? (
        <>
          <h3>{t.awardHeading}</h3>
          {entry.awardNote ? <p>{entry.awardNote}</p> : null}
          {award ? (
            <p>
              {t.awardDecision}:{' '}
              <Link href={paths.award(award.slug ?? '')}>
                {[award.awardTitle, award.decisionNumber ? `${award.decisionNumber}${award.decisionDate ? ` (${formatDate(award.decisionDate)})` : ''}` : ''].filter(Boolean).join(' – ')}
              </Link>
            </p>
          ) : null}
        </>
      ) : null}
    </section>
  )
}
