import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { ownerOrEditor } from '@/access/ownerOrEditor'
import { uploaders } from '@/access/uploaders'
import { createdByField } from '@/fields/createdBy'
import { limitUploadSize } from '@/lib/media/limitUploadSize'
import { ensureUploadFits } from '@/lib/media/storageGuard'
import { UPLOAD_FOLDERS, uploadDir } from '@/lib/media/uploadDir'

const webp = { format: 'webp' as const, options: { quality: 80 } }
const MAX_IMAGE_BYTES = 20 * 1024 * 1024

/** Photos with the caption, credit and licence that republishers must carry. */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: { en: 'Image', vi: 'Ảnh' }, plural: { en: 'Images', vi: 'Ảnh' } },
  access: { create: uploaders, delete: ownerOrEditor, read: anyone, update: ownerOrEditor },
  admin: { defaultColumns: ['filename', 'alt', 'credit', 'updatedAt'], group: { en: 'Library', vi: 'Thư viện' }, useAsTitle: 'alt' },
  hooks: { beforeOperation: [limitUploadSize({ maxBytes: () => MAX_IMAGE_BYTES }), ensureUploadFits] },
  upload: {
    staticDir: uploadDir(UPLOAD_FOLDERS.media),
    // SVG is left out on purpose: it can carry script.
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif'],
    focalPoint: true,
    imageSizes: [
      { name: 'thumbnail', width: 320, height: 320, position: 'centre', formatOptions: webp },
      { name: 'card', width: 640, height: 480, position: 'centre', formatOptions: webp },
      { name: 'feature', width: 1280, formatOptions: webp, withoutEnlargement: true },
      { name: 'og', width: 1200, height: 630, position: 'centre', formatOptions: { format: 'jpeg', options: { quality: 82 } } },
    ],
    adminThumbnail: 'thumbnail',
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      localized: true,
      label: { en: 'Alt text (Vietnamese required)', vi: 'Mô tả ảnh cho người khiếm thị (bắt buộc)' },
    },
    { name: 'caption', type: 'textarea', localized: true, label: { en: 'Caption', vi: 'Chú thích' } },
    { name: 'credit', type: 'text', label: { en: 'Credit', vi: 'Tác giả / nguồn ảnh' } },
    {
      name: 'licence',
      type: 'text',
      label: { en: 'Licence', vi: 'Giấy phép' },
      admin: { description: { en: 'Empty: the default licence from site settings applies.', vi: 'Để trống: áp dụng giấy phép mặc định trong Cài đặt trang.' } },
    },
    createdByField,
  ],
}
