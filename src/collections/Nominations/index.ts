import type { CollectionConfig, Validate } from 'payload'

import { editorsAndAdmins } from '@/access/editorsAndAdmins'
import { createdByField } from '@/fields/createdBy'
import { slugField } from '@/fields/slug'
import { updatedByField } from '@/fields/updatedBy'
import { revalidateAfterChange, revalidateAfterDelete } from '@/lib/cache/revalidate'
import { awardForms } from '@/collections/Awards/options'
import { exemplarKinds } from '@/collections/Exemplars/options'
import { publicOrEditor } from './access/publicOrEditor'
import { opinionEndpoint } from '@/consultation/opinions/endpoint'
import { enforceConsultationWindow } from './hooks/enforceConsultationWindow'
import { stampWithdrawal } from './hooks/stampWithdrawal'
import { nominationStatuses } from './options'

/** A nominee is either a profiled exemplar or named here. */
const requireNominee: Validate = (value, { siblingData }) =>
  Boolean(value) || Boolean((siblingData as { nomineeName?: string }).nomineeName?.trim()) || 'Cần chọn gương điển hình hoặc nhập tên người/tập thể được đề nghị.'

const dateTime = { date: { pickerAppearance: 'dayAndTime' as const } }

/**
 * A commendation proposal put up for public comment. Not a `contentCollection`:
 * its own `status` is the public lifecycle, so Payload drafts would only add a
 * second, conflicting one. Every save is still kept as a version, stamped
 * with who (`updatedBy`) and when (`updatedAt`).
 */
export const Nominations: CollectionConfig = {
  slug: 'nominations',
  labels: { singular: { en: 'Nomination', vi: 'Hồ sơ đề nghị khen thưởng' }, plural: { en: 'Nominations', vi: 'Lấy ý kiến khen thưởng' } },
  access: { create: editorsAndAdmins, delete: editorsAndAdmins, read: publicOrEditor, readVersions: editorsAndAdmins, update: editorsAndAdmins },
  admin: { defaultColumns: ['title', 'nomineeName', 'status', 'closesAt'], group: { en: 'Commendation', vi: 'Khen thưởng' }, useAsTitle: 'title' },
  defaultSort: '-opensAt',
  endpoints: [opinionEndpoint],
  hooks: { afterChange: [revalidateAfterChange], afterDelete: [revalidateAfterDelete], beforeChange: [enforceConsultationWindow] },
  versions: { drafts: false, maxPerDoc: 100 },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 300, label: { en: 'Proposed title', vi: 'Danh hiệu, hình thức đề nghị' } },
    { name: 'form', type: 'select', required: true, index: true, options: awardForms, label: { en: 'Proposed form', vi: 'Hình thức khen thưởng đề nghị' } },
    { name: 'nominee', type: 'relationship', relationTo: 'exemplars', index: true, validate: requireNominee, label: { en: 'Nominee (profiled)', vi: 'Gương điển hình được đề nghị' } },
    {
      type: 'row',
      fields: [
        { name: 'nomineeName', type: 'text', maxLength: 200, label: { en: 'Nominee name', vi: 'Họ tên / tên tập thể' } },
        { name: 'nomineeKind', type: 'select', defaultValue: 'individual', options: exemplarKinds, label: { en: 'Kind', vi: 'Loại' } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'nomineeUnit', type: 'text', maxLength: 200, label: { en: 'Unit', vi: 'Đơn vị' } },
        { name: 'province', type: 'relationship', relationTo: 'provinces', index: true, label: { en: 'Province', vi: 'Tỉnh, thành phố' } },
      ],
    },
    { name: 'proposingBody', type: 'text', required: true, maxLength: 300, label: { en: 'Proposing body', vi: 'Cơ quan đề nghị' } },
    { name: 'achievements', type: 'textarea', required: true, maxLength: 2000, label: { en: 'Achievement summary', vi: 'Tóm tắt thành tích' } },
    { name: 'supportingFiles', type: 'relationship', relationTo: 'files', hasMany: true, label: { en: 'Supporting files', vi: 'Hồ sơ kèm theo' } },
    {
      type: 'row',
      fields: [
        { name: 'opensAt', type: 'date', index: true, timezone: true, label: { en: 'Consultation opens', vi: 'Bắt đầu lấy ý kiến' }, admin: { ...dateTime, description: { en: 'Defaults to the moment it opens.', vi: 'Để trống: lấy thời điểm mở.' } } },
        { name: 'closesAt', type: 'date', index: true, timezone: true, label: { en: 'Consultation closes', vi: 'Kết thúc lấy ý kiến' }, admin: { ...dateTime, description: { en: 'At least 10 working days; may only be extended.', vi: 'Tối thiểu 10 ngày làm việc; chỉ được gia hạn.' } } },
      ],
    },
    { name: 'status', type: 'select', required: true, index: true, defaultValue: 'draft', options: nominationStatuses, label: { en: 'Status', vi: 'Trạng thái' }, admin: { position: 'sidebar' } },
    { name: 'decision', type: 'relationship', relationTo: 'awards', label: { en: 'Award decision', vi: 'Quyết định khen thưởng' }, admin: { position: 'sidebar', description: { en: 'Required once decided.', vi: 'Bắt buộc khi đã quyết định.' } } },
    { name: 'withdrawnAt', type: 'date', label: { en: 'Withdrawn at', vi: 'Thời điểm rút hồ sơ' }, admin: { position: 'sidebar', readOnly: true, condition: (data) => data?.status === 'withdrawn', date: { pickerAppearance: 'dayAndTime' } }, hooks: { beforeChange: [stampWithdrawal] } },
    { name: 'opinionSummary', type: 'ui', admin: { components: { Field: '/consultation/admin/OpinionSummary#OpinionSummary' }, position: 'sidebar' } },
    { name: 'showOpinionCounts', type: 'checkbox', defaultValue: false, label: { en: 'Show opinion counts after closing', vi: 'Công khai số ý kiến sau khi kết thúc' }, admin: { position: 'sidebar' } },
    slugField({ from: 'title' }),
    createdByField,
    updatedByField,
  ],
}
