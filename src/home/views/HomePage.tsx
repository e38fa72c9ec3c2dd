import type { Metadata } from 'next'

import { LanguageSwitch } from '@/components/LanguageSwitch'
import { feedLinksFor } from '@/feeds/links'
import { dictionary, localeOf } from '@/i18n'
import { alternatesFor } from '@/lib/seo/alternates'
import { pathsFor, sitePaths } from '@/lib/urls/sitePaths'
import { listCourses } from '@/training/queries'
import { FeaturedExemplars } from '../components/FeaturedExemplars'
import { ColumnLeads, MovementsList, NextEvents, OpenConsultations } from '../components/HomeLists'
import { HomeItem, HomeSection } from '../components/HomeSection'
import { SearchBox } from '../components/SearchBox'
import { homeLabels } from '../labels'
import { getColumnLeads, getHomeExemplars, getHomeMovements, getHomeSettings, getNextEvents, getOpenConsultations } from '../queries'
import { notOver, openNow } from '../select'
import styles from '../home.module.css'

type Props = { params: Promise<{ locale: string }> }

/** How many consultations and events the page lists; their pages have the rest. */
const UPCOMING = 4

export const homeMetadata = async ({ params }: Props): Promise<Metadata> => {
  const locale = await localeOf(params)
  return { alternates: alternatesFor(locale, sitePaths.home, { links: feedLinksFor({ name: 'bai-viet', title: dictionary(locale).home.articles }) }) }
}

/**
 * What the editors put first (the `home` global), then what is open and
 * coming. Prerendered; purged by tag on every edit (see the page route for
 * its clock).
 */
export const HomePage = async ({ params }: Props) => {
  const locale = await localeOf(params)
  const t = dictionary(locale)
  const labels = homeLabels(locale)
  const paths = pathsFor(locale)
  const settings = await getHomeSettings()
  const [exemplars, movements, leads, consultations, events, courses] = await Promise.all([
    getHomeExemplars(settings.featuredExemplars, locale),
    getHomeMovements(settings.featuredMovements, locale),
    getColumnLeads(settings.featuredColumns, locale),
    getOpenConsultations(locale),
    getNextEvents(locale),
    listCourses(locale),
  ])
  const now = Date.now()
  // An English page without an English introduction shows the Vietnamese one, marked as such.
  const intro = settings.intro[locale] || settings.intro.vi
  return (
    <div className="container">
      <div className="page-top">
        <h1 className={styles.heading}>{labels.heading}</h1>
        <LanguageSwitch locale={locale} path={paths.home} />
      </div>
      <SearchBox locale={locale} />
      {intro ? (
        <p className={styles.intro} id="gioi-thieu" lang={settings.intro[locale] ? undefined : 'vi'}>
          {intro}
        </p>
      ) : null}
      <FeaturedExemplars exemplars={exemplars.docs} featured={exemplars.featured} locale={locale} newest={exemplars.newest} />
      <MovementsList locale={locale} movements={movements} />
      <ColumnLeads leads={leads} locale={locale} />
      <div className={styles.grid}>
        <OpenConsultations locale={locale} nominations={openNow(consultations, now).slice(0, UPCOMING)} />
        <NextEvents events={notOver(events, now).slice(0, UPCOMING)} locale={locale} />
      </div>
      {courses.length ? (
        <HomeSection count={courses.length} heading={t.home.courses} id="dao-tao">
          {courses.map((course) => (
            <HomeItem href={paths.course(course.slug ?? '')} key={course.id} title={course.title}>
              {course.hours ? <p className="meta">{t.common.hours(course.hours)}</p> : null}
            </HomeItem>
          ))}
        </HomeSection>
      ) : null}
    </div>
  )
}
