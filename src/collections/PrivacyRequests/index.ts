import type { CollectionConfig } from 'payload'

import { editorsAndAdmins } from '@/access/editorsAndAdmins'

export const privacyRequestActions = [
  { label: { en: 'Export (JSON)', vi: 'Tải về (JSON)' }, value: 'export-json' },
  { label: { en: 'Export (CSV)', vi: 'Tải về (CSV)' }, value: 'export-csv' },
  { label: { en: 'Erase', vi: 'Xoá' }, value: 'erase' },
]

/**
 * Who answered a person's request about their opinions, when, and how many
 * opinions it covered: the office's proof that it honoured the request
 * (Decree 13/2023/NĐ-CP). Written only by the personal-data endpoints, never
 * edited or deleted through Payload; the contact is kept masked, so the log
 * itself does not hold what was erased.
 */
export const PrivacyRequests: CollectionConfig = {
  slug: 'privacy-requests',
  labels: { singular: { en: 'Personal data request', vi: 'Yêu cầu về dữ liệu cá nhân' }, plural: { en: 'Personal data requests', vi: 'Nhật ký yêu cầu dữ liệu cá nhân' } },
  access: { create: () => false, delete: () => false, read: editorsAndAdmins, update: () => false },
  admin: {
    defaultColumns: ['createdAt', 'action', 'count', 'contactMasked', 'user'],
    description: { en: 'Handle a request: /admin/du-lieu-ca-nhan', vi: 'Xử lý yêu cầu: /admin/du-lieu-ca-nhan' },
    group: { en: 'Settings', vi: 'Cài đặt' },
    useAsTitle: 'contactMasked',
  },
  defaultSort: '-createdAt',
  fields: [
    { name: 'action', type: 'select', required: true, index: true, options: privacyRequestActions, label: { en: 'Action', vi: 'Thao tác' } },
    { name: 'contactMasked', type: 'text', required: true, label: { en: 'Contact (masked)', vi: 'Liên hệ (đã che)' } },
    { name: 'count', type: 'number', required: true, label: { en: 'Opinions', vi: 'Số ý kiến' } },
    { name: 'user', type: 'relationship', relationTo: 'users', label: { en: 'Done by', vi: 'Người thực hiện' } },
  ],
}
