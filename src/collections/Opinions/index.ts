import type { CollectionConfig, FieldHook } from 'payload'

import { editorsAndAdmins } from '@/access/editorsAndAdmins'
import { revalidateAfterDelete } from '@/lib/cache/revalidate'
import { exportEndpoint } from '@/consultation/export/endpoint'
import { personalDataEndpoints } from '@/consultation/personalData/endpoints'
import { OPINION_LIMITS, opinionStances } from './rules'
import { validContact, validIdentityText } from './validate'

/** Ticking "reviewed" records the moderator and the moment; unticking clears both. */
const stampReview: FieldHook = ({ data, originalDoc, req, siblingData, value }) => {
  const reviewed = siblingData?.reviewed ?? data?.reviewed ?? originalDoc?.reviewed
  if (!reviewed) return null
  if (originalDoc?.reviewed) return originalDoc.reviewedBy ?? value ?? null
  return req.user?.id ?? value ?? null
}
const stampReviewedAt: FieldHook = ({ data, originalDoc, siblingData }) => {
  const reviewed = siblingData?.reviewed ?? data?.reviewed ?? originalDoc?.reviewed
  if (!reviewed) return null
  return originalDoc?.reviewed ? originalDoc.reviewedAt : new Date().toISOString()
}

/**
 * Public comments on a nomination. Personal data: only moderators read them,
 * and nobody creates one through the API. The public form goes through
 * `submitOpinion`, which validates first. Stored and shown as plain text only.
 */
export const Opinions: CollectionConfig = {
  slug: 'opinions',
  labels: { singular: { en: 'Opinion', vi: 'Ý kiến' }, plural: { en: 'Opinions', vi: 'Ý kiến nhân dân' } },
  access: { create: () => false, delete: editorsAndAdmins, read: editorsAndAdmins, update: editorsAndAdmins },
  admin: {
    components: { beforeListTable: ['/consultation/personalData/admin/PersonalDataLink#PersonalDataLink'] },
    defaultColumns: ['fullName', 'stance', 'nomination', 'reviewed', 'createdAt'],
    description: { en: 'Filter by nomination, stance or reviewed; export one nomination from its page (sidebar).', vi: 'Lọc theo hồ sơ, loại ý kiến hoặc trạng thái xem xét; tải danh sách của từng hồ sơ tại trang hồ sơ (cột bên phải).' },
    group: { en: 'Commendation', vi: 'Khen thưởng' },
    listSearchableFields: ['fullName', 'contact', 'address', 'text'],
    useAsTitle: 'fullName',
  },
  defaultSort: '-createdAt',
  endpoints: [exportEndpoint, ...personalDataEndpoints],
  // Published counts (after closing) are the only public trace of opinions; deleting spam corrects them.
  hooks: { afterDelete: [revalidateAfterDelete] },
  fields: [
    { name: 'nomination', type: 'relationship', relationTo: 'nominations', required: true, index: true, label: { en: 'Nomination', vi: 'Hồ sơ đề nghị' } },
    { name: 'fullName', type: 'text', required: true, maxLength: OPINION_LIMITS.fullName, validate: validIdentityText, label: { en: 'Full name', vi: 'Họ và tên' } },
    { name: 'contact', type: 'text', required: true, maxLength: OPINION_LIMITS.contact, validate: validContact, label: { en: 'Phone or email', vi: 'Điện thoại hoặc email' } },
    { name: 'address', type: 'text', required: true, maxLength: OPINION_LIMITS.address, validate: validIdentityText, label: { en: 'Address or unit', vi: 'Địa chỉ hoặc đơn vị' } },
    { name: 'stance', type: 'select', required: true, options: opinionStances, label: { en: 'Stance', vi: 'Ý kiến' } },
    { name: 'text', type: 'textarea', required: true, maxLength: OPINION_LIMITS.text, label: { en: 'Opinion', vi: 'Nội dung' } },
    { name: 'reviewed', type: 'checkbox', defaultValue: false, index: true, label: { en: 'Reviewed', vi: 'Đã xem xét' }, admin: { position: 'sidebar' } },
    { name: 'reviewedBy', type: 'relationship', relationTo: 'users', label: { en: 'Reviewed by', vi: 'Người xem xét' }, admin: { position: 'sidebar', readOnly: true }, hooks: { beforeChange: [stampReview] } },
    { name: 'reviewedAt', type: 'date', label: { en: 'Reviewed at', vi: 'Thời điểm xem xét' }, admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } }, hooks: { beforeChange: [stampReviewedAt] } },
    {
      name: 'anonymisedAt',
      type: 'date',
      label: { en: 'Anonymised at', vi: 'Thời điểm ẩn danh' },
      admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' }, description: { en: 'Name, contact and address cleared when the retention period ended.', vi: 'Họ tên, liên hệ, địa chỉ đã được xoá khi hết thời hạn lưu giữ.' } },
    },
  ],
}
