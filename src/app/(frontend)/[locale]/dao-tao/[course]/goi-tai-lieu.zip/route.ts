import { localeOf } from '@/i18n'
import { servePack } from '@/training/pack/serve'

type Context = { params: Promise<{ course: string; locale: string }> }

/** The published course as a ZIP for offline reading and printing (src/training/pack). */
export const GET = async (request: Request, { params }: Context): Promise<Response> =>
  servePack({ locale: await localeOf(params), request, slug: (await params).course })
