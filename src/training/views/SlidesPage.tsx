import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { contentLang } from '@/components/LanguageSwitch'
import { LessonSlides } from '../components/LessonSlides'
import { dictionary, localeOf } from '@/i18n'
import { pathsFor } from '@/lib/urls/sitePaths'
import { getLesson } from '../queries'
import { isTranslated } from '@/lib/queries/translation'

type Props = { params: Promise<{ course: string; lesson: string; locale: string }> }

export const slidesMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { course, lesson } = await params
  const locale = await localeOf(params)
  const found = await getLesson(course, lesson, locale)
  if (!found) return { title: dictionary(locale).common.notFoundTitle }
  // The lesson page is the canonical one; slides repeat it.
  return { robots: { follow: true, index: false }, title: `${dictionary(locale).courses.present}: ${found.lesson.title}` }
}

/** Presentation mode: the lesson as full-screen slides for a projector. */
export const SlidesPage = async ({ params }: Props) => {
  const { course: courseSlug, lesson: lessonSlug } = await params
  const locale = await localeOf(params)
  const found = await getLesson(courseSlug, lessonSlug, locale)
  if (!found) notFound()
  const translated = await isTranslated({ collection: 'lessons', id: found.lesson.id, locale })
  return <LessonSlides course={found.course} exitHref={pathsFor(locale).lesson(courseSlug, lessonSlug)} lang={contentLang(locale, translated)} lesson={found.lesson} locale={locale} />
}

