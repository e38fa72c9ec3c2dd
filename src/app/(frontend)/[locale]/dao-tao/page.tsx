import type { Metadata } from 'next'
import Link from 'next/link'

import { courseAudiences } from '../../../../collections/Courses'
import { Breadcrumbs } from '../../../../components/site/Breadcrumbs'
import { Figure } from '../../../../components/site/Figure'
import { dictionary, localeOf } from '../../../../i18n'
import { alternatesFor } from '../../../../i18n/metadata'
import { pathsFor, sitePaths } from '../../../../lib/paths'
import { listCourses } from '../../../../lib/queries/training'

type Props = { params: Promise<{ locale: string }> }

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const locale = await localeOf(params)
  const t = dictionary(locale).courses
  return { alternates: alternatesFor(locale, sitePaths.courses), description: t.description, title: t.title }
}

const CoursesPage = async ({ params }: Props) => {
  const locale = await localeOf(params)
  const t = dictionary(locale)
  const paths = pathsFor(locale)
  const courses = await listCourses(locale)
  return (
    <div className="container">
      <Breadcrumbs items={[{ href: paths.courses, label: t.courses.training }]} locale={locale} />
      <h1>{t.courses.title}</h1>
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
                {(c.audience ?? []).map((a) => courseAudiences.find((o) => o.value === a)?.label[locale]).filter(Boolean).join(', ')}
              </p>
            </div>
          </li>
        ))}
      </ul>
    </div>
  )
}

export default CoursesPage
