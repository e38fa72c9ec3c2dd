import Link from 'next/link'

import type { Locale } from '@/i18n/locales'
import { pathsFor } from '@/lib/urls/sitePaths'
import { clusterLabels } from '../labels'

/** Links to each year of the cluster, newest first; the year shown is marked as the current page. */
export const YearSwitcher = ({ current, locale, slug, years }: { current: number; locale: Locale; slug: string; years: number[] }) => {
  const t = clusterLabels(locale)
  return (
    <nav aria-label={t.years} className="cluster-years">
      <ul>
        {years.map((year) => (
          <li key={year}>
            {year === current ? (
              <span aria-current="page">{t.yearLink(year)}</span>
            ) : (
              <Link href={pathsFor(locale).cluster(slug, String(year))}>{t.yearLink(year)}</Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  )
}
