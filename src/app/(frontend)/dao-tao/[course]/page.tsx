import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { Breadcrumbs } from '../../../../components/site/Breadcrumbs'
import { JsonLd } from '../../../../components/site/JsonLd'
import { sitePaths, siteUrl } from '../../../../lib/paths'
import { getCourse } from '../../../../lib/queries/training'

type Props = { params: Promise<{ course: string }> }

export const generateStaticParams = async () => []

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const found = await getCourse((await params).course)
  if (!found) return { title: 'Không tìm thấy' }
  return { alternates: { canonical: sitePaths.course(found.course.slug ?? '') }, description: found.course.description ?? undefined, title: found.course.title }
}

const CoursePage = async ({ params }: Props) => {
  const found = await getCourse((await params).course)
  if (!found) notFound()
  const { course, lessons } = found
  const modules = (course.modules ?? []).map((m, i) => ({ ...m, lessons: lessons.filter((l) => (l.moduleNumber ?? 1) === i + 1) }))
  const totalMinutes = lessons.reduce((sum, l) => sum + (l.durationMinutes ?? 0), 0)
  return (
    <div className="container">
      <Breadcrumbs items={[{ href: sitePaths.courses, label: 'Đào tạo' }, { href: sitePaths.course(course.slug ?? ''), label: course.title }]} />
      <JsonLd
        data={{
          '@context': 'https://schema.org',
          '@type': 'Course',
          description: course.description ?? course.title,
          inLanguage: 'vi',
          name: course.title,
          provider: { '@type': 'Organization', name: 'Thi đua' },
          url: `${siteUrl()}${sitePaths.course(course.slug ?? '')}`,
        }}
      />
      <h1>{course.title}</h1>
      <p className="meta">
        {course.hours ? `${course.hours} giờ · ` : ''}
        {lessons.length} bài · {Math.round(totalMinutes / 6) / 10} giờ học theo bài
      </p>
      {course.description ? <p className="lead">{course.description}</p> : null}
      {course.objectives?.length ? (
        <section aria-labelledby="muc-tieu">
          <h2 id="muc-tieu">Mục tiêu</h2>
          <ul>
            {course.objectives.map((o) => (
              <li key={o.id ?? o.text}>{o.text}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="chuong-trinh">
        <h2 id="chuong-trinh">Chương trình</h2>
        <ol>
          {modules.map((m) => (
            <li key={m.id ?? m.title}>
              <h3>{m.title}</h3>
              {m.description ? <p>{m.description}</p> : null}
              <ol>
                {m.lessons.map((l) => (
                  <li key={l.id}>
                    <Link href={sitePaths.lesson(course.slug ?? '', l.slug ?? '')}>{l.title}</Link>
                    {l.durationMinutes ? <span className="meta"> · {l.durationMinutes} phút</span> : null}
                  </li>
                ))}
              </ol>
            </li>
          ))}
        </ol>
      </section>
    </div>
  )
}

export default CoursePage
