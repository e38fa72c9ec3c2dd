import { dictionary, localeOf } from '@/i18n'
import { OG_CONTENT_TYPE, OG_SIZE, renderOgImage } from '@/lib/seo/ogImage'
import { getLesson } from '@/training/queries'

export const alt = 'Bài học'
export const size = OG_SIZE
export const contentType = OG_CONTENT_TYPE

const Image = async ({ params }: { params: Promise<{ course: string; lesson: string; locale: string }> }) => {
  const { course, lesson } = await params
  const locale = await localeOf(params)
  const t = dictionary(locale)
  const found = await getLesson(course, lesson, locale)
  return renderOgImage({
    eyebrow: `${t.courses.training} · ${found?.course.title ?? ''}`,
    subtitle: found?.lesson.durationMinutes ? t.common.minutes(found.lesson.durationMinutes) : null,
    title: found?.lesson.title ?? t.courses.lesson,
  })
}

export default Image
