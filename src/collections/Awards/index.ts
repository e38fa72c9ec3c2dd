import type { CollectionConfig, TextField, Validate } from 'payload'

import { slugField } from '@/fields/slug'
import { exemplarFlags, exemplarKinds } from '@/collections/Exemplars/options'
import { contentCollection } from '@/collections/shared/contentCollection'
import { editorialAccess } from '@/collections/shared/access/editorialAccess'
import { setAwardYear } from './hooks/setAwardYear'
import { setDerivedFields } from './hooks/setDerivedFields'
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

/** Records from before 1 July 2025 name the old provinces: the name is kept as written, the current unit is linked. */
const provinceAsWrittenField = {
  name: 'provinceAsWritten',
  type: 'text',
  label: { en: 'Province as written in the record', vi: 'Tỉnh ghi trong hồ sơ gốc' },
  admin: { description: { en: 'e.g. a province merged on 1 July 2025', vi: 'Ví dụ: tên tỉnh trước sáp nhập 01/7/2025' } },
} satisfies TextField

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
  hooks: { beforeChange: [setAwardYear, setFoldedText, setDerivedFields] },
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
        {
          type: 'row',
          fields: [
            { name: 'province', type: 'relationship', relationTo: 'provinces', label: { en: 'Province (current unit)', vi: 'Tỉnh, thành phố (đơn vị hiện nay)' } },
            provinceAsWrittenField,
          ],
        },
        {
          name: 'flags',
          type: 'group',
          label: { en: 'Priority groups (II.3b)', vi: 'Đối tượng ưu tiên (mục II.3b)' },
          fields: exemplarFlags.map((flag) => ({ name: flag.name, type: 'checkbox' as const, defaultValue: false, label: flag.label })),
        },
      ],
    },
    { name: 'reason', type: 'textarea', localized: true, label: { en: 'Reason', vi: 'Lý do khen thưởng' } },
    { name: 'scannedDecision', type: 'upload', relationTo: 'files', label: { en: 'Scanned decision', vi: 'Bản quét quyết định' } },
    slugField({ from: 'decisionNumber' }),
    { name: 'year', type: 'number', index: true, min: 1945, max: 2100, label: { en: 'Year', vi: 'Năm' }, admin: { position: 'sidebar', description: { en: 'Defaults to the decision year.', vi: 'Mặc định theo năm quyết định.' } } },
    { name: 'province', type: 'relationship', relationTo: 'provinces', index: true, label: { en: 'Province', vi: 'Tỉnh, thành phố' }, admin: { position: 'sidebar' } },
    { ...provinceAsWrittenField, admin: { ...provinceAsWrittenField.admin, position: 'sidebar' } },
    { name: 'sector', type: 'relationship', relationTo: 'sectors', index: true, label: { en: 'Sector', vi: 'Ngành, lĩnh vực' }, admin: { position: 'sidebar' } },
    { name: 'movement', type: 'relationship', relationTo: 'movements', index: true, label: { en: 'Movement', vi: 'Phong trào thi đua' }, admin: { position: 'sidebar' } },
    // Folded copies for the public register's tone-insensitive search (hooks/setFoldedText.ts); never edited by hand.
    { name: 'recipientNamesFolded', type: 'text', admin: { hidden: true } },
    { name: 'issuerFolded', type: 'text', admin: { hidden: true } },
    // hooks/setDerivedFields.ts: how imports find a decision again, and what /thong-ke counts.
    { name: 'decisionKey', type: 'text', index: true, admin: { hidden: true } },
    { name: 'statFacts', type: 'json', admin: { hidden: true } },
  ],
})
