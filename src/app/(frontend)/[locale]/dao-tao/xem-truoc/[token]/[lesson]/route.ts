import { localeOf } from '@/i18n'
import { servePreview } from '@/training/preview/serve'

type Context = { params: Promise<{ lesson: string; locale: string; token: string }> }

/** One lesson of a signed preview link, as its latest draft (src/training/preview). */
export const GET = async (_request: Request, { params }: Context): Promise<Response> => {
  const { lesson, token } = await params
  return servePreview({ lessonSlug: lesson, locale: await localeOf(params), token })
}
