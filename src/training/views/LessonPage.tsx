import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { Breadcrumbs } from '@/components/Breadcrumbs'
import { FileLink } from '@/components/FileLink'
import { JsonLd } from '@/components/JsonLd'
import { contentLang, UntranslatedNote } from '@/components/LanguageSwitch'
import { RichText } from '@/components/RichText'
import { SelfCheckQuestions } from '../components/SelfCheckQuestions'
import { TeachingTools } from '../components/TeachingTools'
import { dictionary, localeOf } from '@/i18n'
import { alternatesFor } from '@/lib/seo/alternates'
import { formatDate } from '@/lib/dates/format'
import { pathsFor, sitePaths, siteUrl } from '@/lib/urls/sitePaths'
import { getLesson } from '../queries'
import { isTranslated } from '@/lib/queries/translation'
import type { LegalDocument } from '@/payload-types'

type Props = { params: Promise<{ course: string; lesson: string; locale: string }> }

export const lessonMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { course, lesson } = await params
  const locale = await localeOf(params)
  const found = await getLesson(course, lesson, locale)
  if (!found) return { title: dictionary(locale).common.notFoundTitle }
  return { alternates: alternatesFor(locale, sitePaths.lesson(course, lesson)), description: found.lesson.objectives?.[0]?.text, title: `${found.lesson.title} – ${found.course.title}` }
}

export const LessonPage = async ({ params }: Props) => {
  const { course: courseSlug, lesson: lessonSlug } = await params
  const locale = await localeOf(params)
  const found = await getLesson(courseSlug, lessonSlug, locale)
  if (!found) notFound()
  const { course, lesson, next, previous } = found
  const translated = await isTranslated({ collection: 'lessons', id: lesson.id, locale })
  const t = dictionary(locale).courses
  const paths = pathsFor(locale)
  const lang = contentLang(locale, translated)
  const sources = (lesson.primarySources ?? []).filter((d): d is LegalDocument => typeof d === 'object')
  return (
    <div className="container">
      <Breadcrumbs items={[{ href: paths.courses, label: t.training }, { href: paths.course(courseSlug), label: course.title }, { href: paths.lesson(courseSlug, lessonSlug), label: lesson.title }]} locale={locale} />
      {/* --print-origin: printed handouts spell out where each internal link leads (styles.css). */}
      <article className="lesson" style={{ ['--print-origin' as string]: JSON.stringify(siteUrl()) }}>
        <JsonLd data={{ '@context': 'https://schema.org', '@type': 'LearningResource', inLanguage: lang ?? locale, isPartOf: { '@type': 'Course', name: course.title }, name: lesson.title, timeRequired: lesson.durationMinutes ? `PT${lesson.durationMinutes}M` : undefined, url: `${siteUrl()}${paths.lesson(courseSlug, lessonSlug)}` }} />
        <UntranslatedNote locale={locale} translated={translated} />
        <h1 lang={lang}>{lesson.title}</h1>
        {lesson.durationMinutes ? <p className="meta">{t.duration(lesson.durationMinutes)}</p> : null}
        <TeachingTools lessonHref={paths.lesson(courseSlug, lessonSlug)} locale={locale} />
        {lesson.objectives?.length ? (
          <section aria-labelledby="muc-tieu" className="note">
            <h2 id="muc-tieu">{t.lessonObjectives}</h2>
            <ul lang={lang}>
              {lesson.objectives.map((o) => (
                <li key={o.id ?? o.text}>{o.text}</li>
              ))}
            </ul>
          </section>
        ) : null}
        <RichText data={lesson.body} lang={lang} locale={locale} />
        {lesson.questions?.length ? <SelfCheckQuestions headingId="tu-kiem-tra" lang={lang} locale={locale} questions={lesson.questions} /> : null}
        {lesson.attachments?.length ? (
          <section aria-labelledby="tai-lieu">
            <h2 id="tai-lieu">{t.attachments}</h2>
            <ul>
              {lesson.attachments.map((f) => (
                <li key={typeof f === 'object' ? f.id : f}>
                  <FileLink file={f} href={(file) => paths.fileDownload(String(file.id))} locale={locale} />
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        {sources.length ? (
          <section aria-labelledby="nguon">
            <h2 id="nguon">{t.sources}</h2>
            <ul>
              {sources.map((d) => (
                <li key={d.id}>
                  <Link href={paths.document(d.slug ?? '')}>
                    {d.title} ({d.number}, {formatDate(d.issuedDate)})
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        <nav aria-label={t.lessonNav} className="pagination">
          {previous ? <Link href={paths.lesson(courseSlug, previous.slug ?? '')} rel="prev">← {previous.title}</Link> : <span />}
          {next ? <Link href={paths.lesson(courseSlug, next.slug ?? '')} rel="next">{next.title} →</Link> : <span />}
        </nav>
      </article>
    </div>
  )
}

