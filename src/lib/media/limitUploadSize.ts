import type { CollectionBeforeOperationHook } from 'payload'
import { APIError } from 'payload'

/** Refuses an upload over `maxBytes` with 413 and a message that names the limit. */
export const limitUploadSize =
  ({ maxBytes }: { maxBytes: (mimeType: string) => number }): CollectionBeforeOperationHook =>
  ({ args, operation, req }) => {
    if ((operation === 'create' || operation === 'update') && req.file) {
      const limit = maxBytes(req.file.mimetype)
      if (req.file.size > limit) {
        const mb = Math.round(limit / 1024 / 1024)
        throw new APIError(`Tệp quá lớn: tối đa ${mb} MB cho loại tệp này (file too large: max ${mb} MB).`, 413, null, true)
      }
    }
    return args
  }
