import type { Locale } from '@/i18n/locales'
import { formatCount } from '@/statistics/format'
import { clusterLabels } from '../labels'
import type { Criterion } from '../ranking'

/** The year's criteria with their weights and maximum points. */
export const CriteriaTable = ({ criteria, locale, year }: { criteria: Criterion[]; locale: Locale; year: number }) => {
  const t = clusterLabels(locale)
  return (
    <div aria-labelledby="tieu-chi-bang" className="cluster-table" role="region" tabIndex={0}>
      <table>
        <caption id="tieu-chi-bang">{t.criteriaCaption(year)}</caption>
        <thead>
          <tr>
            <th scope="col">{t.code}</th>
            <th scope="col">{t.criterion}</th>
            <th className="num" scope="col">
              {t.weight}
            </th>
            <th className="num" scope="col">
              {t.maxPoints}
            </th>
          </tr>
        </thead>
        <tbody>
          {criteria.map((c) => (
            <tr key={c.code}>
              <th scope="row">{c.code}</th>
              <td>{c.name}</td>
              <td className="num">{formatCount(c.weight ?? 1, locale)}</td>
              <td className="num">{typeof c.maxPoints === 'number' ? formatCount(c.maxPoints, locale) : '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
