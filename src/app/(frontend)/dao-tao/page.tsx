import type { Metadata } from 'next'
import Link from 'next/link'

import { courseAudiences } from '../../../collections/Courses'
import { Breadcrumbs } from '../../../components/site/Breadcrumbs'
import { Figure } from '../../../components/site/Figure'
import { sitePaths } from '../../../lib/paths'
import { listCourses } from '../../../lib/queries/training'

export const metadata: Metadata = {
  alternates: { canonical: sitePaths.courses },
  description: 'Tài liệu bồi dưỡng về tư tưởng Hồ Chí Minh về thi đua ái quốc và nghiệp vụ thi đua, khen thưởng.',
  title: 'Đào tạo, bồi dưỡng',
}

const CoursesPage = async () => {
  const courses = await listCourses()
  return (
    <div className="container">
      <Breadcrumbs items={[{ href: sitePaths.courses, label: 'Đào tạo' }]} />
      <h1>Đào tạo, bồi dưỡng</h1>
      <ul className="cards">
        {courses.map((c) => (
          <li className="card" key={c.id}>
            <Figure image={c.cover} size="card" />
            <div className="card-body">
              <h2 className="h3">
                <Link href={sitePaths.course(c.slug ?? '')}>{c.title}</Link>
              </h2>
              <p className="meta">
                {c.hours ? `${c.hours} giờ · ` : ''}
                {(c.audience ?? []).map((a) => courseAudiences.find((o) => o.value === a)?.label.vi).filter(Boolean).join(', ')}
              </p>
            </div>
          </li>
        ))}
      </ul>
    </div>
  )
}

export default CoursesPage
