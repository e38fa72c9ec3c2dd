import { apiError, type RouteHandler } from '@/lib/http/apiError'
import { uploadExists, type UploadCollection } from './readUpload'
import { UPLOAD_FOLDERS } from './uploadDir'

const notFound = () => apiError(404, 'Không tìm thấy tệp (file not found).')

const FILE_ROUTE = /^\/api\/([a-z-]+)\/file\/(.+)$/

/** A stored file's name as the upload wrote it: one path segment, no control characters. */
const plausibleName = (name: string) => name !== '.' && name !== '..' && !/[/\\\u0000-\u001f\u007f]/.test(name)

/**
 * `GET /api/<media|files>/file/<name>` for a name that cannot be a stored
 * file gets 404 before Payload sees it. Payload answers 500 for a file
 * missing on disk, a NUL byte or a broken escape in the name, and Next's
 * image optimizer (`/_next/image?url=…`) passes that 500 on: both were a
 * scanner's easy 5xx. Names that exist go on to Payload, which checks access
 * and streams the file as before. With S3 storage the check asks the bucket
 * (one HEAD): its adapter answers a missing object with an empty 404.
 */
export const withUploadFileGuard =
  <Context>(handler: RouteHandler<Context>): RouteHandler<Context> =>
  async (request, context) => {
    const match = FILE_ROUTE.exec(new URL(request.url).pathname)
    const collection = match && Object.hasOwn(UPLOAD_FOLDERS, match[1]) ? (match[1] as UploadCollection) : undefined
    if (!match || !collection) return handler(request, context)
    let name: string
    try {
      name = decodeURIComponent(match[2])
    } catch {
      return notFound()
    }
    if (!plausibleName(name)) return notFound()
    return (await uploadExists({ collection, filename: name })) ? handler(request, context) : notFound()
  }
