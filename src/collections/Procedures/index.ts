import type { CollectionConfig } from 'payload'

import { httpUrl } from '@/fields/httpUrl'
import { slugField } from '@/fields/slug'
import { contentCollection } from '@/collections/shared/contentCollection'
import { editorialAccess } from '@/collections/shared/access/editorialAccess'
import { procedureLevels } from './options'

/**
 * Administrative procedures for award dossiers (plan II.6a), laid out like
 * the National Public Service Portal's entries, in our own words.
 */
export const Procedures: CollectionConfig = contentCollection({
  slug: 'procedures',
  labels: { singular: { en: 'Administrative procedure', vi: 'Thủ tục hành chính' }, plural: { en: 'Administrative procedures', vi: 'Thủ tục hành chính' } },
  access: editorialAccess,
  admin: { defaultColumns: ['name', 'code', 'level', '_status', 'updatedAt'], group: { en: 'Publishing', vi: 'Xuất bản' }, useAsTitle: 'name' },
  defaultSort: 'name',
  fields: [
    {
      type: 'tabs',
      tabs: [
        {
          label: { en: 'Procedure', vi: 'Thủ tục' },
          fields: [
            { name: 'name', type: 'text', required: true, localized: true, label: { en: 'Name', vi: 'Tên thủ tục' } },
            {
              type: 'row',
              fields: [
                { name: 'code', type: 'text', index: true, label: { en: 'National procedure code', vi: 'Mã thủ tục (Cơ sở dữ liệu quốc gia)' } },
                { name: 'level', type: 'select', required: true, index: true, defaultValue: 'central', options: [...procedureLevels], label: { en: 'Level', vi: 'Cấp thực hiện' } },
              ],
            },
            {
              type: 'row',
              fields: [
                { name: 'field', type: 'text', localized: true, defaultValue: 'Thi đua, khen thưởng', label: { en: 'Field', vi: 'Lĩnh vực' } },
                { name: 'agency', type: 'text', localized: true, label: { en: 'Implementing agency', vi: 'Cơ quan thực hiện' } },
              ],
            },
            { name: 'summary', type: 'textarea', localized: true, label: { en: 'Summary', vi: 'Tóm tắt' } },
            { name: 'applicants', type: 'textarea', localized: true, label: { en: 'Who may apply', vi: 'Đối tượng thực hiện' } },
            {
              name: 'steps',
              type: 'array',
              label: { en: 'Steps', vi: 'Trình tự thực hiện' },
              fields: [
                { name: 'title', type: 'text', required: true, localized: true, label: { en: 'Step', vi: 'Bước' } },
                { name: 'detail', type: 'textarea', localized: true, label: { en: 'Detail', vi: 'Nội dung' } },
              ],
            },
          ],
        },
        {
          label: { en: 'Dossier and result', vi: 'Hồ sơ và kết quả' },
          fields: [
            {
              name: 'dossier',
              type: 'array',
              label: { en: 'Dossier components', vi: 'Thành phần hồ sơ' },
              fields: [
                { name: 'name', type: 'text', required: true, localized: true, label: { en: 'Component', vi: 'Tên giấy tờ' } },
                { name: 'form', type: 'upload', relationTo: 'files', label: { en: 'Form (file)', vi: 'Mẫu đơn, tờ khai' } },
              ],
            },
            {
              type: 'row',
              fields: [
                { name: 'copies', type: 'text', localized: true, label: { en: 'Number of copies', vi: 'Số lượng hồ sơ' } },
                { name: 'processingTime', type: 'text', localized: true, label: { en: 'Processing time', vi: 'Thời hạn giải quyết' } },
              ],
            },
            {
              type: 'row',
              fields: [
                { name: 'fees', type: 'text', localized: true, label: { en: 'Fees', vi: 'Phí, lệ phí' } },
                { name: 'result', type: 'text', localized: true, label: { en: 'Result', vi: 'Kết quả thực hiện' } },
              ],
            },
            { name: 'legalBasis', type: 'relationship', relationTo: 'documents', hasMany: true, label: { en: 'Legal basis', vi: 'Căn cứ pháp lý' } },
            { name: 'portalUrl', type: 'text', validate: httpUrl, label: { en: 'National Public Service Portal entry', vi: 'Đường dẫn trên Cổng Dịch vụ công quốc gia' } },
          ],
        },
      ],
    },
    slugField({ from: 'name' }),
  ],
})
