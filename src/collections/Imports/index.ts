import type { CollectionConfig } from 'payload'

import { editorsAndAdmins } from '@/access/editorsAndAdmins'
import { createdByField } from '@/fields/createdBy'
import { UPLOAD_FOLDERS, uploadDir } from '@/lib/media/uploadDir'
import { limitUploadSize } from '@/lib/media/limitUploadSize'
import { checkEndpoint } from '@/import/endpoints/check'
import { runEndpoint } from '@/import/endpoints/run'
import { templateEndpoint } from '@/import/endpoints/template'
import { IMPORT_MAX_BYTES, importKinds, importStatuses } from './options'

const count = (name: string, vi: string, en: string) => ({ name, type: 'number' as const, defaultValue: 0, label: { en, vi } })

/**
 * One spreadsheet brought in through the admin's "Nhập dữ liệu" view: the
 * file as uploaded (private: editors and admins only), the check's report
 * and the live counts of the job that writes it. The command line
 * (`npm run import`) runs the same code without a record here.
 */
export const Imports: CollectionConfig = {
  slug: 'imports',
  labels: { singular: { en: 'Import', vi: 'Lần nhập dữ liệu' }, plural: { en: 'Imports', vi: 'Nhập dữ liệu' } },
  access: { create: editorsAndAdmins, delete: editorsAndAdmins, read: editorsAndAdmins, update: editorsAndAdmins },
  admin: { defaultColumns: ['filename', 'kind', 'status', 'summary', 'createdAt'], group: { en: 'Commendation', vi: 'Khen thưởng' }, useAsTitle: 'filename' },
  defaultSort: '-createdAt',
  endpoints: [checkEndpoint, runEndpoint, templateEndpoint],
  hooks: { beforeOperation: [limitUploadSize({ maxBytes: () => IMPORT_MAX_BYTES })] },
  upload: { staticDir: uploadDir(UPLOAD_FOLDERS.imports) },
  fields: [
    { name: 'kind', type: 'select', required: true, options: [...importKinds], label: { en: 'Kind', vi: 'Loại dữ liệu' } },
    { name: 'publish', type: 'checkbox', defaultValue: false, label: { en: 'Publish on import', vi: 'Xuất bản ngay khi nhập' } },
    { name: 'skipInvalid', type: 'checkbox', defaultValue: false, label: { en: 'Write the good decisions, skip rejected rows', vi: 'Bỏ qua dòng lỗi, nhập các bản ghi hợp lệ' } },
    { name: 'status', type: 'select', required: true, defaultValue: 'checked', index: true, options: [...importStatuses], label: { en: 'Status', vi: 'Trạng thái' } },
    { name: 'summary', type: 'text', label: { en: 'Summary', vi: 'Tóm tắt' } },
    {
      name: 'counts',
      type: 'group',
      label: { en: 'Counts', vi: 'Số liệu' },
      fields: [
        count('rows', 'Số dòng', 'Rows'),
        count('rejected', 'Dòng lỗi', 'Rejected rows'),
        count('records', 'Số bản ghi', 'Records'),
        count('processed', 'Đã xử lý', 'Processed'),
        count('created', 'Tạo mới', 'Created'),
        count('updated', 'Cập nhật', 'Updated'),
        count('unchanged', 'Không đổi', 'Unchanged'),
      ],
    },
    { name: 'report', type: 'json', label: { en: 'Check report', vi: 'Báo cáo kiểm tra' }, admin: { readOnly: true } },
    { name: 'heartbeatAt', type: 'date', admin: { hidden: true } },
    { name: 'finishedAt', type: 'date', label: { en: 'Finished', vi: 'Kết thúc lúc' }, admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
    createdByField,
  ],
}
