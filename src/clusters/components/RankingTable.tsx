import type { Locale } from '@/i18n/locales'
import { formatCount } from '@/statistics/format'
import { clusterLabels } from '../labels'
import type { Criterion, RankedRow } from '../ranking'

/**
 * The year's ranking: rank, unit, points per criterion, bonus or penalty and
 * total, one row per member (unscored members last, unranked). Scrolls
 * sideways on a phone inside a focusable region, so a keyboard can scroll it too.
 */
export const RankingTable = ({ criteria, locale, name, rows, year }: { criteria: Criterion[]; locale: Locale; name: string; rows: RankedRow[]; year: number }) => {
  const t = clusterLabels(locale)
  const n = (value: null | number) => (value === null ? '' : formatCount(value, locale))
  const missing = (
    <>
      <span aria-hidden="true">–</span>
      <span className="visually-hidden">{t.noScore}</span>
    </>
  )
  return (
    <div aria-labelledby="xep-hang-bang" className="cluster-table" role="region" tabIndex={0}>
      <table className="cluster-ranking">
        <caption id="xep-hang-bang">{t.rankingCaption(name, year)}</caption>
        <thead>
          <tr>
            <th className="num" scope="col">
              {t.rank}
            </th>
            <th scope="col">{t.unit}</th>
            {criteria.map((c) => (
              <th className="num" key={c.code} scope="col">
                {c.name ? <abbr title={c.name}>{c.code}</abbr> : c.code}
              </th>
            ))}
            <th className="num" scope="col">
              {t.adjustment}
            </th>
            <th className="num" scope="col">
              {t.total}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr data-rank={row.rank ?? undefined} key={row.member}>
              <td className="num">{row.rank ?? <span className="meta">{t.unranked}</span>}</td>
              <th scope="row">{row.member}</th>
              {row.points.map((p, i) => (
                <td className="num" key={criteria[i].code}>
                  {p === null ? missing : n(p)}
                </td>
              ))}
              <td className="num">{row.total === null ? '' : row.adjustment > 0 ? `+${n(row.adjustment)}` : n(row.adjustment)}</td>
              <td className="num total">{row.total === null ? missing : n(row.total)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
