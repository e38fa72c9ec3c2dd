import type { CollectionConfig, Validate } from 'payload'

import { slugField } from '@/fields/slug'
import { exemplarKinds } from '@/collections/Exemplars/options'
import { contentCollection } from '@/collections/shared/contentCollection'
import { editorialAccess } from '@/collections/shared/access/editorialAccess'
import { setAwardYear } from './hooks/setAwardYear'
import { setFoldedText } from './hooks/setFoldedText'
import { awardForms } from './options'

/** A decision names at least one recipient, profiled or not. */
const requireSomeRecipient: Validate = (value, { siblingData }) => {
  const profiled = Array.isArray(value) ? value.length : 0
  const others = Array.isArray((siblingData as { otherRecipients?: unknown[] }).otherRecipients)
    ? (siblingData as { otherRecipients: unknown[] }).otherRecipients.length
    : 0
  return profiled + others > 0 || 'Cần ít nhất một người/tập thể được khen thưởng (At least one recipient is required).'
}

export const Awards: CollectionConfig = contentCollection({
  slug: 'awards',
  labels: {
    singular: { en: 'Award decision', vi: 'Quyết định khen thưởng' },
    plural: { en: 'Award decisions', vi: 'Khen thưởng' },
  },
  access: editorialAccess,
  admin: {
    defaultColumns: ['decisionNumber', 'awardTitle', 'decisionDate', 'form', '_status'],
    group: { en: 'Commendation', vi: 'Khen thưởng' },
    listSearchableFields: ['decisionNumber', 'awardTitle', 'slug'],
    useAsTitle: 'decisionNumber',
  },
  defaultSort: '-decisionDate',
  hooks: { beforeChange: [setAwardYear, setFoldedText] },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'decisionNumber', type: 'text', required: true, index: true, label: { en: 'Decision number', vi: 'Số quyết định' } },
        { name: 'decisionDate', type: 'date', required: true, index: true, label: { en: 'Decision date', vi: 'Ngày quyết định' }, admin: { date: { displayFormat: 'dd/MM/yyyy' } } },
      ],
    },
    { name: 'issuer', type: 'text', required: true, localized: true, label: { en: 'Issuing authority', vi: 'Cấp quyết định' } },
    {
      type: 'row',
      fields: [
        { name: 'form', type: 'select', required: true, index: true, options: awardForms, label: { en: 'Form', vi: 'Hình thức khen thưởng' } },
        { name: 'awardTitle', type: 'text', required: true, localized: true, label: { en: 'Title or class', vi: 'Danh hiệu, hạng' }, admin: { description: { en: 'e.g. Third-class Labour Order', vi: 'Ví dụ: Huân chương Lao động hạng Ba; Chiến sĩ thi đua toàn quốc' } } },
      ],
    },
    { name: 'recipients', type: 'relationship', relationTo: 'exemplars', hasMany: true, index: true, validate: requireSomeRecipient, label: { en: 'Recipients with a profile', vi: 'Người/tập thể được khen (có hồ sơ)' } },
    {
      name: 'otherRecipients',
      type: 'array',
      label: { en: 'Other recipients', vi: 'Người/tập thể được khen khác' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', type: 'text', required: true, localized: true, label: { en: 'Name', vi: 'Họ tên / tên tập thể' } },
            { name: 'kind', type: 'select', required: true, defaultValue: 'individual', options: exemplarKinds, label: { en: 'Kind', vi: 'Loại' } },
          ],
        },
        { name: 'unit', type: 'text', localized: true, label: { en: 'Unit / locality', vi: 'Đơn vị, địa phương' } },
      ],
    },
    { name: 'reason', type: 'textarea', localized: true, label: { en: 'Reason', vi: 'Lý do khen thưởng' } },
    { name: 'scannedDecision', type: 'upload', relationTo: 'files', label: { en: 'Scanned decision', vi: 'Bản quét quyết định' } },
    slugField({ from: 'decisionNumber' }),
    { name: 'year', type: 'number', index: true, min: 1945, max: 2100, label: { en: 'Year', vi: 'Năm' }, admin: { position: 'sidebar', description: { en: 'Defaults to the decision year.', vi: 'Mặc định theo năm quyết định.' } } },
    { name: 'province', type: 'relationship', relationTo: 'provinces', index: true, label: { en: 'Province', vi: 'Tỉnh, thành phố' }, admin: { position: 'sidebar' } },
    { name: 'sector', type: 'relationship', relationTo: 'sectors', index: true, label: { en: 'Sector', vi: 'Ngành, lĩnh vực' }, admin: { position: 'sidebar' } },
    { name: 'movement', type: 'relationship', relationTo: 'movements', index: true, label: { en: 'Movement', vi: 'Phong trào thi đua' }, admin: { position: 'sidebar' } },
    // Folded copies for the public register's tone-insensitive search (hooks/setFoldedText.ts); never edited by hand.
    { name: 'recipientNamesFolded', type: 'text', admin: { hidden: true } },
    { name: 'issuerFolded', type: 'text', admin: { hidden: true } },
  ],
})
