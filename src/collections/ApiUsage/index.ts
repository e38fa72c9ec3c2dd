import type { CollectionConfig } from 'payload'

import { admins } from '@/access/admins'

/**
 * Requests per partner per day (Vietnam time), counted by the API wrapper in
 * src/partners. Holds no personal data beyond which partner account called.
 */
export const ApiUsage: CollectionConfig = {
  slug: 'api-usage',
  labels: { singular: { en: 'API usage (day)', vi: 'Lượt gọi API (ngày)' }, plural: { en: 'API usage', vi: 'Lượt gọi API' } },
  access: { create: () => false, delete: admins, read: admins, update: () => false },
  admin: { defaultColumns: ['day', 'partner', 'requests', 'refused'], group: { en: 'Settings', vi: 'Cài đặt' }, useAsTitle: 'day' },
  defaultSort: '-day',
  indexes: [{ fields: ['partner', 'day'], unique: true }],
  fields: [
    { name: 'partner', type: 'relationship', relationTo: 'users', required: true, index: true, label: { en: 'Partner', vi: 'Đối tác' } },
    { name: 'day', type: 'text', required: true, index: true, label: { en: 'Day (YYYY-MM-DD)', vi: 'Ngày (YYYY-MM-DD)' } },
    { name: 'requests', type: 'number', required: true, defaultValue: 0, label: { en: 'Requests served', vi: 'Số lượt được phục vụ' } },
    { name: 'refused', type: 'number', required: true, defaultValue: 0, label: { en: 'Refused (rate limit)', vi: 'Số lượt bị từ chối (vượt hạn mức)' } },
  ],
}
