import fs from 'node:fs/promises'

import { APIError, type CollectionBeforeOperationHook } from 'payload'

const MB = 1024 * 1024

/**
 * Checks the upload folder before Payload writes a file into it. Without
 * this, a full disk or a read-only folder surfaces as Payload's generic
 * "problem uploading the file" after some image sizes were already written.
 * Here the editor learns what is wrong and nothing is written. The check
 * cannot rule out a disk filling between it and the write; Payload then
 * still refuses the upload and saves no document.
 */
export const ensureUploadFits: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if ((operation !== 'create' && operation !== 'update') || !req.file || !collection.upload) return args
  const dir = collection.upload.staticDir
  // On S3 (src/lib/storage) nothing is written locally: the bucket reports its own failures.
  if (!dir || collection.upload.disableLocalStorage) return args
  await fs.mkdir(dir, { recursive: true }).catch(() => undefined)
  try {
    await fs.access(dir, fs.constants.W_OK)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new APIError(`Không lưu được tệp: thư mục lưu trữ ${code === 'EROFS' ? 'đang ở chế độ chỉ đọc' : 'không ghi được'} (${code ?? 'lỗi'}). Tệp chưa được lưu; báo quản trị viên máy chủ kiểm tra thư mục tải lên (MEDIA_DIR).`, 503, null, true)
  }
  // Each image size is written beside the original: count them all.
  const copies = 1 + (collection.upload.imageSizes?.length ?? 0)
  const needed = req.file.size * copies
  const stats = await fs.statfs(dir)
  const free = stats.bavail * stats.bsize
  if (free < needed) {
    throw new APIError(`Không lưu được tệp: ổ đĩa lưu trữ đã đầy (còn ${(free / MB).toFixed(1)} MB, cần khoảng ${(needed / MB).toFixed(1)} MB). Tệp chưa được lưu; báo quản trị viên máy chủ giải phóng dung lượng.`, 507, null, true)
  }
  return args
}
