import { fileTypeFromBuffer } from 'file-type'
import type { CollectionBeforeOperationHook } from 'payload'
import { APIError } from 'payload'

import { allowedFileTypes, maxBytesFor } from '../fileTypes'

const allowedList = allowedFileTypes.map((t) => t.ext.toUpperCase()).join(', ')

/**
 * Payload falls back to the file name when it cannot recognise the bytes;
 * this library trusts only the content, and the name must agree with it.
 */
export const checkFileContent: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if ((operation !== 'create' && operation !== 'update') || !req.file?.data?.length) return args
  const detected = await fileTypeFromBuffer(req.file.data)
  const allowed = allowedFileTypes.find((t) => t.mime === detected?.mime)
  if (!detected || !allowed) {
    throw new APIError(`Nội dung tệp không thuộc loại được phép (${allowedList}). File content is not an allowed type.`, 400, null, true)
  }
  const extension = req.file.name.split('.').pop()?.toLowerCase()
  if (extension !== allowed.ext) {
    throw new APIError(`Đuôi tệp ".${extension}" không khớp với nội dung thực (${allowed.ext.toUpperCase()}). File extension does not match its content.`, 400, null, true)
  }
  // The size limit ran on the type the browser claimed; a PDF sent as "video/mp4" must still meet the PDF limit.
  const limit = maxBytesFor(allowed.mime)
  if (req.file.data.length > limit) {
    const mb = Math.round(limit / 1024 / 1024)
    throw new APIError(`Tệp quá lớn: tối đa ${mb} MB cho loại tệp này (file too large: max ${mb} MB).`, 413, null, true)
  }
  req.file.mimetype = allowed.mime
  return args
}
