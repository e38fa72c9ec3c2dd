import type { Metadata } from 'next'
import Link from 'next/link'

import { movementStatuses } from '@/collections/Movements/status'
import { ExemplarCard } from '@/exemplars/components/ExemplarCard'
import { LanguageSwitch } from '@/components/LanguageSwitch'
import { dictionary, localeOf } from '@/i18n'
import { feedLinksFor } from '@/feeds/links'
import { alternatesFor } from '@/lib/seo/alternates'
import { formatDate } from '@/lib/dates/format'
import { optionLabel } from '@/lib/text/optionLabel'
import { pathsFor, sitePaths } from '@/lib/urls/sitePaths'
import { publicPathFor } from '@/lib/urls/publicContent'
import { getLatestArticles, getLatestExemplars, getLatestMovements } from '../queries'
import { listCourses } from '@/training/queries'

type Props = { params: Promise<{ locale: string }> }

export const homeMetadata = async ({ params }: Props): Promise<Metadata> => ({
  alternates: alternatesFor(await localeOf(params), sitePaths.home, { links: feedLinksFor({ name: 'bai-viet', title: dictionary(await localeOf(params)).home.articles }) }),
})

/** Prerendered; purged by the collection tags when something is published or unpublished. */
export const HomePage = async ({ params }: Props) => {
  const locale = await localeOf(params)
  const t = dictionary(locale)
  const paths = pathsFor(locale)
  const [exemplars, movements, articles, courses] = await Promise.all([getLatestExemplars(6, locale), getLatestMovements(5, locale), getLatestArticles(6, locale), listCourses(locale)])
  return (
    <div className="container">
      <div className="page-top">
        <h1 className="visually-hidden">{t.site.title}</h1>
        <LanguageSwitch locale={locale} path={paths.home} />
      </div>
      <section aria-labelledby="guong-dien-hinh" className="section">
        <h2 id="guong-dien-hinh">{t.home.exemplars}</h2>
        {exemplars.length ? (
          <ul className="cards">
            {exemplars.map((exemplar) => (
              <ExemplarCard exemplar={exemplar} key={exemplar.id} locale={locale} />
            ))}
          </ul>
        ) : (
          <p className="empty">{t.home.noExemplars}</p>
        )}
      </section>
      <section aria-labelledby="phong-trao" className="section">
        <h2 id="phong-trao">{t.home.movements}</h2>
        <ul className="list">
          {movements.map((movement) => (
            <li key={movement.id}>
              <Link href={paths.movement(movement.slug ?? '')}>{movement.name}</Link>
              <p className="meta">
                {optionLabel(movementStatuses, movement.status, locale)} · {t.common.since(formatDate(movement.period?.start))}
                {movement.period?.end ? t.common.until(formatDate(movement.period.end)) : ''}
              </p>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="bai-viet" className="section">
        <h2 id="bai-viet">{t.home.articles}</h2>
        <ul className="list">
          {articles.map((article) => (
            <li key={article.id}>
              <Link href={publicPathFor('articles', article, locale)}>{article.title}</Link>
              <p className="meta">
                {typeof article.column === 'object' && article.column ? `${article.column.name} · ` : ''}
                {formatDate(article.publishedAt)}
              </p>
            </li>
          ))}
        </ul>
      </section>
      {courses.length ? (
        <section aria-labelledby="dao-tao" className="section">
          <h2 id="dao-tao">{t.home.courses}</h2>
          <ul className="list">
            {courses.map((course) => (
              <li key={course.id}>
                <Link href={paths.course(course.slug ?? '')}>{course.title}</Link>
                {course.hours ? <p className="meta">{t.common.hours(course.hours)}</p> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  )
}

