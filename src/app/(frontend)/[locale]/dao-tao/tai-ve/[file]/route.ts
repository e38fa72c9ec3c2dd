import { localeOf } from '@/i18n'
import { redirectToFile } from '@/training/downloads/redirect'

type Context = { params: Promise<{ file: string; locale: string }> }

/** Counts an attachment download, then redirects to the file (src/training/downloads). */
export const GET = async (request: Request, { params }: Context): Promise<Response> =>
  redirectToFile({ fileId: (await params).file, locale: await localeOf(params), request })
