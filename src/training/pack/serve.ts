import { Readable } from 'node:stream'

import { dictionary, type Locale } from '@/i18n'
import { getPayloadClient } from '@/lib/server/payload'
import { slugify } from '@/lib/text/vietnamese'
import { loadCourseContent } from '../content'
import { countDownload } from '../downloads/counter'
import { ensurePack, type PackFile } from './build'
import { PackSourcesMissingError } from './sources'
import { packStore } from './storage'

type Content = NonNullable<Awaited<ReturnType<typeof loadCourseContent>>>

const text = (body: string, status: number) => new Response(`${body}\n`, { headers: { 'Cache-Control': 'no-store', 'Content-Type': 'text/plain; charset=utf-8' }, status })

/** Opens the built pack; one deleted between the build and the open (a publish elsewhere) is built again once. */
const openPack = async (content: Content, pack: PackFile) => {
  const opened = (await packStore().open(pack.name)) ?? (await packStore().open((await ensurePack(content)).name))
  if (!opened) throw new Error(`Course pack ${pack.name} vanished right after it was built`)
  return opened
}

/**
 * A pack whose images or attachments are missing from storage is not served
 * half-built: the reader (often the editor checking the course) gets 409
 * with the lesson and file names and what to do, and the log gets the same.
 */
const sourcesMissing = async ({ error, locale, slug }: { error: PackSourcesMissingError; locale: Locale; slug: string }) => {
  const payload = await getPayloadClient()
  payload.logger.error({ missing: error.missing, msg: `Course pack for "${slug}" could not be built: ${error.message}` })
  const t = dictionary(locale).coursePack
  return text(t.sourcesMissing(error.missing.map((s) => t.missingSource({ file: s.filename, image: s.collection === 'media', lesson: s.lesson }))), 409)
}

/**
 * GET /dao-tao/<course>/goi-tai-lieu.zip: the published course as a ZIP,
 * streamed from storage (disk or S3) with its length, an ASCII file name,
 * and its version key as ETag (a reader who has this version gets 304).
 * Unknown or unpublished courses are 404; only full downloads are counted.
 */
export const servePack = async ({ locale, request, slug }: { locale: Locale; request: Request; slug: string }): Promise<Response> => {
  const payload = await getPayloadClient()
  const content = await loadCourseContent({ locale, mode: 'published', payload, slug })
  if (!content) return text(dictionary(locale).coursePack.notFound, 404)
  let pack: PackFile
  try {
    pack = await ensurePack(content)
  } catch (error) {
    if (error instanceof PackSourcesMissingError) return sourcesMissing({ error, locale, slug })
    throw error
  }
  const etag = `"${pack.key}"`
  const headers = { 'Cache-Control': 'public, max-age=0, must-revalidate', ETag: etag }
  const ifNoneMatch = request.headers.get('if-none-match') ?? ''
  // Answered before opening: on S3 an open is a GET that starts sending the whole pack.
  if (ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)) return new Response(null, { headers, status: 304 })
  const { bytes, stream } = await openPack(content, pack)
  if (request.method === 'GET') countDownload({ id: content.course.id, kind: 'pack' })
  const name = `${slugify(content.course.slug ?? 'khoa-hoc', 80) || 'khoa-hoc'}${locale === 'vi' ? '' : `-${locale}`}.zip`
  return new Response(Readable.toWeb(stream) as ReadableStream<Uint8Array>, {
    headers: { ...headers, 'Content-Disposition': `attachment; filename="${name}"`, 'Content-Length': String(bytes), 'Content-Type': 'application/zip' },
  })
}
