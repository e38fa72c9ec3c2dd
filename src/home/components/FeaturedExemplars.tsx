import Image from 'next/image'

import { exemplarKinds, exemplarStages } from '@/collections/Exemplars/options'
import { type CardExemplar, ExemplarCard } from '@/exemplars/components/ExemplarCard'
import { dictionary, type Locale } from '@/i18n'
import { isMedia } from '@/lib/media/images'
import { optionLabel } from '@/lib/text/optionLabel'
import { pathsFor } from '@/lib/urls/sitePaths'
import { homeLabels } from '../labels'
import styles from '../home.module.css'

/** The lead exemplar's portrait: the widest generated size (never the original upload, which can be huge). */
const portraitOf = (exemplar: CardExemplar) => {
  const media = isMedia(exemplar.portrait) ? exemplar.portrait : null
  const variant = media?.sizes?.feature?.url ? media.sizes.feature : media?.sizes?.card?.url ? media.sizes.card : null
  return media && variant?.url ? { alt: media.alt ?? '', height: variant.height ?? 600, url: variant.url, width: variant.width ?? 800 } : null
}

const provinceOf = (exemplar: CardExemplar) => (exemplar.province && typeof exemplar.province === 'object' ? exemplar.province.name : null)

/**
 * The first exemplar large, the others as cards, then the newest published
 * besides the editors' picks as a short list. The lead's portrait is the page's
 * largest image on a desktop as on a phone (the LCP element in Lighthouse's
 * 412 × 823 too), so it is fetched
 * first: preloaded from <head>, high priority, never lazy.
 */
export const FeaturedExemplars = ({ exemplars, featured, locale, newest }: { exemplars: CardExemplar[]; featured: boolean; locale: Locale; newest: CardExemplar[] }) => {
  const t = dictionary(locale)
  const labels = homeLabels(locale)
  const paths = pathsFor(locale)
  const [lead, ...rest] = exemplars
  const portrait = lead ? portraitOf(lead) : null
  const province = lead ? provinceOf(lead) : null
  return (
    <section aria-labelledby="guong-dien-hinh" className="section">
      <h2 id="guong-dien-hinh">{t.home.exemplars}</h2>
      {lead ? (
        <div className={styles.lead}>
          {portrait ? (
            <Image alt={portrait.alt} fetchPriority="high" height={portrait.height} preload sizes="(max-width: 48rem) calc(100vw - 2rem), 35rem" src={portrait.url} width={portrait.width} />
          ) : null}
          <div className={styles.leadBody}>
            {featured ? <p className="badge">{labels.featured}</p> : null}
            <h3>
              <a href={paths.exemplar(lead.slug ?? '')}>{lead.name}</a>
            </h3>
            <p className="meta">
              {optionLabel(exemplarKinds, lead.kind, locale)}
              {lead.organization ? ` · ${lead.organization}` : ''}
              {province ? ` · ${province}` : ''} · {optionLabel(exemplarStages, lead.stage, locale)}
            </p>
            {lead.summary ? <p>{lead.summary}</p> : null}
          </div>
        </div>
      ) : (
        <p className="empty">{t.home.noExemplars}</p>
      )}
      {rest.length ? (
        <ul className="cards">
          {rest.map((exemplar) => (
            <ExemplarCard exemplar={exemplar} key={exemplar.id} locale={locale} />
          ))}
        </ul>
      ) : null}
      {newest.length ? (
        <>
          <h3 className={styles.newestHeading} id="moi-cong-bo">
            {labels.newest}
          </h3>
          <ul aria-labelledby="moi-cong-bo" className={`list ${styles.newest}`}>
            {newest.map((exemplar) => (
              <li key={exemplar.id}>
                <a href={paths.exemplar(exemplar.slug ?? '')}>{exemplar.name}</a>
                <span className="meta">
                  {' · '}
                  {optionLabel(exemplarKinds, exemplar.kind, locale)}
                  {provinceOf(exemplar) ? ` · ${provinceOf(exemplar)}` : ''}
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p className={styles.more}>
        <a href={paths.exemplars}>{labels.allExemplars}</a>
      </p>
    </section>
  )
}
