import { dictionary, type Locale } from '@/i18n'
import { formatCount } from '../format'
import type { Figures } from '../queries'

/** The few numbers a reader (or a report's first paragraph) wants first. */
export const HeadlineFigures = ({ figures, locale }: { figures: Figures; locale: Locale }) => {
  const t = dictionary(locale).statistics
  const items = [
    [t.decisions, figures.awards.totals.decisions],
    [t.recipients, figures.awards.totals.recipients],
    [t.individuals, figures.awards.byKind.individual],
    [t.collectives, figures.awards.byKind.collective],
    [t.exemplars, figures.exemplars.total],
  ] as const
  return (
    <section aria-labelledby="so-lieu-chinh" className="stats-headline">
      <h2 id="so-lieu-chinh">{t.headline}</h2>
      <dl>
        {items.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{formatCount(value, locale)}</dd>
          </div>
        ))}
      </dl>
    </section>
  )
}
