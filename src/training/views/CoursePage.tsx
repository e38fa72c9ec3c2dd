import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { Breadcrumbs } from '@/components/Breadcrumbs'
import { JsonLd } from '@/components/JsonLd'
import { contentLang, UntranslatedNote } from '@/components/LanguageSwitch'
import { dictionary, localeOf } from '@/i18n'
import { alternatesFor } from '@/lib/seo/alternates'
import { fileSummary } from '@/lib/media/fileInfo'
import { pathsFor, sitePaths, siteUrl } from '@/lib/urls/sitePaths'
import { getCourse, getCoursePackInfo } from '../queries'
import { isTranslated } from '@/lib/queries/translation'

type Props = { params: Promise<{ course: string; locale: string }> }

export const courseMetadata = async ({ params }: Props): Promise<Metadata> => {
  const locale = await localeOf(params)
  const found = await getCourse((await params).course, locale)
  if (!found) return { title: dictionary(locale).common.notFoundTitle }
  return { alternates: alternatesFor(locale, sitePaths.course(found.course.slug ?? '')), description: found.course.description ?? undefined, title: found.course.title }
}

export const CoursePage = async ({ params }: Props) => {
  const locale = await localeOf(params)
  const found = await getCourse((await params).course, locale)
  if (!found) notFound()
  const { course, lessons } = found
  const [translated, pack] = await Promise.all([isTranslated({ collection: 'courses', id: course.id, locale }), getCoursePackInfo(course.slug ?? '', locale)])
  const t = dictionary(locale)
  const paths = pathsFor(locale)
  const lang = contentLang(locale, translated)
  const modules = (course.modules ?? []).map((m, i) => ({ ...m, lessons: lessons.filter((l) => (l.moduleNumber ?? 1) === i + 1) }))
  const totalMinutes = lessons.reduce((sum, l) => sum + (l.durationMinutes ?? 0), 0)
  return (
    <div className="container">
      <Breadcrumbs items={[{ href: paths.courses, label: t.courses.training }, { href: paths.course(course.slug ?? ''), label: course.title }]} locale={locale} />
      <JsonLd
        data={{
          '@context': 'https://schema.org',
          '@type': 'Course',
          description: course.description ?? course.title,
          inLanguage: lang ?? locale,
          name: course.title,
          provider: { '@type': 'Organization', name: t.site.brand },
          url: `${siteUrl()}${paths.course(course.slug ?? '')}`,
        }}
      />
      <UntranslatedNote locale={locale} translated={translated} />
      <h1 lang={lang}>{course.title}</h1>
      <p className="meta">
        {course.hours ? `${t.common.hours(course.hours)} · ` : ''}
        {t.courses.lessonCount(lessons.length, Math.round(totalMinutes / 6) / 10)}
      </p>
      {course.description ? <p className="lead" lang={lang}>{course.description}</p> : null}
      {pack ? (
        <p className="course-pack">
          <a className="file-link" download href={pack.href}>
            {t.coursePack.download}
          </a>{' '}
          <span className="meta">({fileSummary({ bytes: pack.bytes, locale, mimeType: 'application/zip' })})</span>
          <br />
          <span className="meta">{t.coursePack.downloadHint}</span>
        </p>
      ) : null}
      {course.objectives?.length ? (
        <section aria-labelledby="muc-tieu">
          <h2 id="muc-tieu">{t.courses.objectives}</h2>
          <ul lang={lang}>
            {course.objectives.map((o) => (
              <li key={o.id ?? o.text}>{o.text}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="chuong-trinh">
        <h2 id="chuong-trinh">{t.courses.syllabus}</h2>
        <ol>
          {modules.map((m) => (
            <li key={m.id ?? m.title}>
              <h3>{m.title}</h3>
              {m.description ? <p>{m.description}</p> : null}
              <ol>
                {m.lessons.map((l) => (
                  <li key={l.id}>
                    <Link href={paths.lesson(course.slug ?? '', l.slug ?? '')}>{l.title}</Link>
                    {l.durationMinutes ? <span className="meta"> · {t.common.minutes(l.durationMinutes)}</span> : null}
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

