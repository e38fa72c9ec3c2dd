import type { CollectionConfig } from 'payload'

import { admins } from '@/access/admins'
import { trainingStaff } from '@/access/trainingStaff'

/**
 * Downloads per attachment and per course pack per day (Vietnam time),
 * counted by src/training/downloads. Only what was downloaded and how often:
 * no address, browser or account is recorded.
 */
export const Downloads: CollectionConfig = {
  slug: 'downloads',
  labels: { singular: { en: 'Downloads (day)', vi: 'Lượt tải (ngày)' }, plural: { en: 'Downloads', vi: 'Lượt tải tài liệu' } },
  access: { create: () => false, delete: admins, read: trainingStaff, update: () => false },
  admin: { defaultColumns: ['day', 'kind', 'file', 'course', 'count'], group: { en: 'Training', vi: 'Đào tạo' }, useAsTitle: 'day' },
  defaultSort: '-day',
  fields: [
    {
      name: 'kind',
      type: 'select',
      required: true,
      index: true,
      options: [
        { label: { en: 'Attachment', vi: 'Tài liệu đính kèm' }, value: 'file' },
        { label: { en: 'Course pack (ZIP)', vi: 'Gói tài liệu khóa học (ZIP)' }, value: 'pack' },
      ],
      label: { en: 'What', vi: 'Loại' },
    },
    { name: 'file', type: 'relationship', relationTo: 'files', index: true, label: { en: 'Attachment', vi: 'Tài liệu' }, admin: { condition: (data) => data?.kind === 'file' } },
    { name: 'course', type: 'relationship', relationTo: 'courses', index: true, label: { en: 'Course', vi: 'Khóa học' }, admin: { condition: (data) => data?.kind === 'pack' } },
    { name: 'day', type: 'text', required: true, index: true, label: { en: 'Day (YYYY-MM-DD)', vi: 'Ngày (YYYY-MM-DD)' } },
    { name: 'count', type: 'number', required: true, defaultValue: 0, label: { en: 'Downloads', vi: 'Số lượt tải' } },
  ],
}
