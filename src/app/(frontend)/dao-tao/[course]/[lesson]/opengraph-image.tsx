import { OG_CONTENT_TYPE, OG_SIZE, renderOgImage } from '../../../../../lib/og/renderOgImage'
import { getLesson } from '../../../../../lib/queries/training'

export const alt = 'Bài học'
export const size = OG_SIZE
export const contentType = OG_CONTENT_TYPE

const Image = async ({ params }: { params: Promise<{ course: string; lesson: string }> }) => {
  const { course, lesson } = await params
  const found = await getLesson(course, lesson)
  return renderOgImage({ eyebrow: `Đào tạo · ${found?.course.title ?? ''}`, subtitle: found?.lesson.durationMinutes ? `${found.lesson.durationMinutes} phút` : null, title: found?.lesson.title ?? 'Bài học' })
}

export default Image
