import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { Breadcrumbs } from '../../../../../components/site/Breadcrumbs'
import { FileLink } from '../../../../../components/site/FileLink'
import { JsonLd } from '../../../../../components/site/JsonLd'
import { RichText } from '../../../../../components/site/RichText'
import { formatDate } from '../../../../../lib/dates'
import { sitePaths, siteUrl } from '../../../../../lib/paths'
import { getLesson } from '../../../../../lib/queries/training'
import type { LegalDocument } from '../../../../../payload-types'

type Props = { params: Promise<{ course: string; lesson: string }> }

export const generateStaticParams = async () => []

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { course, lesson } = await params
  const found = await getLesson(course, lesson)
  if (!found) return { title: 'Không tìm thấy' }
  return { alternates: { canonical: sitePaths.lesson(course, lesson) }, description: found.lesson.objectives?.[0]?.text, title: `${found.lesson.title} – ${found.course.title}` }
}

const LessonPage = async ({ params }: Props) => {
  const { course: courseSlug, lesson: lessonSlug } = await params
  const found = await getLesson(courseSlug, lessonSlug)
  if (!found) notFound()
  const { course, lesson, next, previous } = found
  const sources = (lesson.primarySources ?? []).filter((d): d is LegalDocument => typeof d === 'object')
  return (
    <div className="container">
      <Breadcrumbs items={[{ href: sitePaths.courses, label: 'Đào tạo' }, { href: sitePaths.course(courseSlug), label: course.title }, { href: sitePaths.lesson(courseSlug, lessonSlug), label: lesson.title }]} />
      <article>
        <JsonLd data={{ '@context': 'https://schema.org', '@type': 'LearningResource', inLanguage: 'vi', isPartOf: { '@type': 'Course', name: course.title }, name: lesson.title, timeRequired: lesson.durationMinutes ? `PT${lesson.durationMinutes}M` : undefined, url: `${siteUrl()}${sitePaths.lesson(courseSlug, lessonSlug)}` }} />
        <h1>{lesson.title}</h1>
        {lesson.durationMinutes ? <p className="meta">Thời lượng: {lesson.durationMinutes} phút</p> : null}
        {lesson.objectives?.length ? (
          <section aria-labelledby="muc-tieu" className="note">
            <h2 id="muc-tieu">Mục tiêu bài học</h2>
            <ul>
              {lesson.objectives.map((o) => (
                <li key={o.id ?? o.text}>{o.text}</li>
              ))}
            </ul>
          </section>
        ) : null}
        <RichText data={lesson.body} />
        {lesson.questions?.length ? (
          <section aria-labelledby="tu-kiem-tra">
            <h2 id="tu-kiem-tra">Câu hỏi tự kiểm tra</h2>
            <ol>
              {lesson.questions.map((q) => (
                <li key={q.id ?? q.question}>
                  <p>{q.question}</p>
                  <details>
                    <summary>Xem gợi ý trả lời</summary>
                    <p>{q.answer}</p>
                  </details>
                </li>
              ))}
            </ol>
          </section>
        ) : null}
        {lesson.attachments?.length ? (
          <section aria-labelledby="tai-lieu">
            <h2 id="tai-lieu">Tài liệu kèm theo</h2>
            <ul>
              {lesson.attachments.map((f) => (
                <li key={typeof f === 'object' ? f.id : f}>
                  <FileLink file={f} />
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        {sources.length ? (
          <section aria-labelledby="nguon">
            <h2 id="nguon">Văn bản, tư liệu gốc</h2>
            <ul>
              {sources.map((d) => (
                <li key={d.id}>
                  <Link href={sitePaths.document(d.slug ?? '')}>
                    {d.title} ({d.number}, {formatDate(d.issuedDate)})
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        <nav aria-label="Bài trước, bài sau" className="pagination">
          {previous ? <Link href={sitePaths.lesson(courseSlug, previous.slug ?? '')} rel="prev">← {previous.title}</Link> : <span />}
          {next ? <Link href={sitePaths.lesson(courseSlug, next.slug ?? '')} rel="next">{next.title} →</Link> : <span />}
        </nav>
      </article>
    </div>
  )
}

export default LessonPage
