import fs from 'node:fs/promises'
import path from 'node:path'

import { apiError, type RouteHandler } from '@/lib/http/apiError'
import { UPLOAD_FOLDERS, uploadDir } from './uploadDir'

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
 * and streams the file as before.
 */
export const withUploadFileGuard =
  <Context>(handler: RouteHandler<Context>): RouteHandler<Context> =>
  async (request, context) => {
    const match = FILE_ROUTE.exec(new URL(request.url).pathname)
    const folder = match ? UPLOAD_FOLDERS[match[1] as keyof typeof UPLOAD_FOLDERS] : undefined
    if (!match || !folder) return handler(request, context)
    let name: string
    try {
      name = decodeURIComponent(match[2])
    } catch {
      return notFound()
    }
    if (!plausibleName(name)) return notFound()
    const stat = await fs.stat(path.join(uploadDir(folder), name)).catch(() => null)
    return stat?.isFile() ? handler(request, context) : notFound()
  }
