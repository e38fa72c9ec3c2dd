import { dictionary, type Locale, NUMBER_LOCALE } from '@/i18n'
import type { Movement } from '@/payload-types'

/** The movement's targets against what has been achieved, as a table with a progress bar for sighted readers. */
export const MovementTargets = ({ lang, locale, targets }: { lang?: string; locale: Locale; targets: Movement['targets'] }) => {
  if (!targets?.length) return null
  const t = dictionary(locale).movements
  const numbers = NUMBER_LOCALE[locale]
  return (
    <section aria-labelledby="chi-tieu">
      <h2 id="chi-tieu">{t.targets}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t.indicator}</th>
            <th scope="col">{t.planned}</th>
            <th scope="col">{t.achieved}</th>
          </tr>
        </thead>
        <tbody>
          {targets.map((target) => {
            const percent = target.achieved != null && target.target ? Math.min(100, Math.round((target.achieved / target.target) * 100)) : null
            return (
              <tr key={target.id ?? target.indicator}>
                <td lang={lang}>{target.indicator}</td>
                <td>
                  {target.target.toLocaleString(numbers)} {target.unit}
                </td>
                <td>
                  {target.achieved != null ? `${target.achieved.toLocaleString(numbers)} ${target.unit ?? ''} (${percent}%)` : '—'}
                  {percent != null ? (
                    <div aria-hidden="true" className="progress">
                      <span style={{ width: `${percent}%` }} />
                    </div>
                  ) : null}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </section>
  )
}

