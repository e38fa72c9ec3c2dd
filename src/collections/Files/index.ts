import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { ownerOrEditor } from '@/access/ownerOrEditor'
import { uploaders } from '@/access/uploaders'
import { createdByField } from '@/fields/createdBy'
import { limitUploadSize } from '@/lib/media/limitUploadSize'
import { ensureUploadFits } from '@/lib/media/storageGuard'
import { UPLOAD_FOLDERS, uploadDir } from '@/lib/media/uploadDir'
import { allowedFileTypes, maxBytesFor } from './fileTypes'
import { checkFileContent } from './hooks/checkFileContent'

/** Documents, slides, handouts, audio and video attached to content. */
export const Files: CollectionConfig = {
  slug: 'files',
  labels: { singular: { en: 'File', vi: 'Tệp' }, plural: { en: 'Files', vi: 'Tệp tài liệu' } },
  access: { create: uploaders, delete: ownerOrEditor, read: anyone, update: ownerOrEditor },
  admin: { defaultColumns: ['filename', 'title', 'mimeType', 'filesize'], group: { en: 'Library', vi: 'Thư viện' }, useAsTitle: 'title' },
  hooks: { beforeOperation: [limitUploadSize({ maxBytes: maxBytesFor }), checkFileContent, ensureUploadFits] },
  upload: {
    staticDir: uploadDir(UPLOAD_FOLDERS.files),
    mimeTypes: allowedFileTypes.map((t) => t.mime),
  },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, label: { en: 'Title', vi: 'Tên tài liệu' } },
    { name: 'description', type: 'textarea', localized: true, label: { en: 'Description', vi: 'Mô tả' } },
    createdByField,
  ],
}
