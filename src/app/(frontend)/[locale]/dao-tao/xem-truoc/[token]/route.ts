import { localeOf } from '@/i18n'
import { servePreview } from '@/training/preview/serve'

type Context = { params: Promise<{ locale: string; token: string }> }

/** A signed preview link's course index, as the latest draft (src/training/preview). */
export const GET = async (_request: Request, { params }: Context): Promise<Response> =>
  servePreview({ locale: await localeOf(params), token: (await params).token })
