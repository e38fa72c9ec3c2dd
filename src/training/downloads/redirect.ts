import { dictionary, type Locale } from '@/i18n'
import { documentIdFromUrl } from '@/lib/server/documentId'
import { getPayloadClient } from '@/lib/server/payload'
import { countDownload } from './counter'

/**
 * GET /dao-tao/tai-ve/<file id>: counts the download, then sends the reader
 * to the stored file (302). Not cached, so every download is counted; the
 * file itself stays cacheable at its own URL. Unknown id → 404.
 */
export const redirectToFile = async ({ fileId, locale, request }: { fileId: string; locale: Locale; request: Request }): Promise<Response> => {
  const payload = await getPayloadClient()
  const id = documentIdFromUrl({ collection: 'files', payload, value: fileId })
  const { docs } = id === null ? { docs: [] } : await payload.find({ collection: 'files', depth: 0, limit: 1, overrideAccess: false, pagination: false, select: { filename: true, url: true }, where: { id: { equals: id } } })
  const file = docs[0]
  if (!file?.url) {
    return new Response(`${dictionary(locale).coursePack.fileNotFound}\n`, { headers: { 'Cache-Control': 'no-store', 'Content-Type': 'text/plain; charset=utf-8' }, status: 404 })
  }
  if (request.method === 'GET') void countDownload({ id: file.id, kind: 'file' })
  return new Response(null, { headers: { 'Cache-Control': 'no-store', Location: file.url }, status: 302 })
}
