import Link from 'next/link'

import { courseAudiences } from '@/collections/Courses/options'
import { dictionary, type Locale } from '@/i18n'
import { AUDIENCE_TO_PARAM, matchesCourseFilters, parseCourseFilters, topicSlug } from '../filters'
import type { SearchParams } from '@/lib/filters/params'
import { optionLabel } from '@/lib/text/optionLabel'
import { pathsFor, sitePaths } from '@/lib/urls/sitePaths'
import { listCourses } from '../queries'
import { Breadcrumbs } from '@/components/Breadcrumbs'
import { Figure } from '@/components/Figure'
import { FilterForm } from '@/components/FilterForm'
import { SelectField } from '@/components/SelectField'
import { listingRoutes } from '@/lib/listings/listingRoutes'

/** The training catalogue for one set of URL filters (audience, topic); unknown values are ignored. */
export const CourseListing = async ({ locale, params }: { locale: Locale; params: SearchParams }) => {
  const t = dictionary(locale)
  const paths = pathsFor(locale)
  const filters = parseCourseFilters(params)
  const all = await listCourses(locale)
  const courses = all.filter((c) => matchesCourseFilters(c, filters))
  const topics = [...new Map(all.flatMap((c) => c.topics ?? []).map((topic) => [topicSlug(topic), topic])).entries()].sort((a, b) => a[1].localeCompare(b[1], 'vi'))
  return (
    <div className="container">
      <Breadcrumbs items={[{ href: paths.courses, label: t.courses.training }]} locale={locale} />
      <h1>{t.courses.title}</h1>
      <p className="lead">{t.courses.description}</p>
      <FilterForm action={paths.courses} label={t.courses.filterLabel} locale={locale}>
        <SelectField defaultValue={filters.audience ? AUDIENCE_TO_PARAM[filters.audience] : undefined} label={t.courses.audienceFilter} locale={locale} name="doi-tuong" options={courseAudiences.map((a) => ({ label: a.label[locale], value: AUDIENCE_TO_PARAM[a.value as keyof typeof AUDIENCE_TO_PARAM] }))} />
        <SelectField defaultValue={filters.topic} label={t.courses.topicFilter} locale={locale} name="chu-de" options={topics.map(([value, label]) => ({ label, value }))} />
      </FilterForm>
      <p aria-live="polite" className="meta">
        {t.courses.count(courses.length)}
      </p>
      <ul className="cards">
        {courses.map((c) => (
          <li className="card" key={c.id}>
            <Figure image={c.cover} locale={locale} size="card" />
            <div className="card-body">
              <h2 className="h3">
                <Link href={paths.course(c.slug ?? '')}>{c.title}</Link>
              </h2>
              <p className="meta">
                {c.hours ? `${t.common.hours(c.hours)} · ` : ''}
                {(c.audience ?? []).map((a) => optionLabel(courseAudiences, a, locale)).filter(Boolean).join(', ')}
              </p>
              {c.topics?.length ? <p className="meta">{t.courses.topics} {c.topics.join(' · ')}</p> : null}
            </div>
          </li>
        ))}
      </ul>
      {courses.length === 0 ? <p className="empty">{t.courses.empty}</p> : null}
    </div>
  )
}

/** The listing's two routes: app/(frontend)/[locale]/dao-tao/page.tsx and its loc/[filters] (src/proxy.ts). */
export const courseListing = listingRoutes({ Listing: CourseListing, path: sitePaths.courses, section: 'courses' })
