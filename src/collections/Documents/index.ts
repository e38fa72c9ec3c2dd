import type { CollectionConfig } from 'payload'

import { slugField } from '@/fields/slug'
import { contentCollection } from '@/collections/shared/contentCollection'
import { editorialAccess } from '@/collections/shared/access/editorialAccess'
import { documentTypes, documentStatuses } from './options'

/** The library of legal documents and procedures (plan II.1, II.6a). */
export const Documents: CollectionConfig = contentCollection({
  slug: 'documents',
  typescript: { interface: 'LegalDocument' },
  labels: { singular: { en: 'Legal document', vi: 'Văn bản' }, plural: { en: 'Legal documents', vi: 'Văn bản' } },
  access: editorialAccess,
  admin: { defaultColumns: ['number', 'title', 'type', 'issuedDate', '_status'], group: { en: 'Publishing', vi: 'Xuất bản' }, useAsTitle: 'title' },
  defaultSort: '-issuedDate',
  fields: [
    { name: 'number', type: 'text', required: true, index: true, label: { en: 'Number / symbol', vi: 'Số, ký hiệu' } },
    { name: 'title', type: 'text', required: true, localized: true, label: { en: 'Title', vi: 'Trích yếu / tên văn bản' } },
    {
      type: 'row',
      fields: [
        { name: 'type', type: 'select', required: true, index: true, options: documentTypes, label: { en: 'Type', vi: 'Loại văn bản' } },
        // enumName: PostgreSQL would otherwise name this enum like the drafts' `_status` one and merge the two.
        { name: 'status', type: 'select', required: true, defaultValue: 'inForce', enumName: 'enum_documents_legal_status', options: documentStatuses, label: { en: 'Status', vi: 'Tình trạng hiệu lực' } },
      ],
    },
    { name: 'issuer', type: 'text', localized: true, label: { en: 'Issuer', vi: 'Cơ quan ban hành' } },
    {
      type: 'row',
      fields: [
        { name: 'issuedDate', type: 'date', required: true, index: true, label: { en: 'Issued', vi: 'Ngày ban hành' }, admin: { date: { displayFormat: 'dd/MM/yyyy' } } },
        { name: 'effectiveDate', type: 'date', label: { en: 'Effective', vi: 'Ngày hiệu lực' }, admin: { date: { displayFormat: 'dd/MM/yyyy' } } },
      ],
    },
    {
      name: 'replacedBy',
      type: 'relationship',
      relationTo: 'documents',
      label: { en: 'Replaced by', vi: 'Được thay thế bởi' },
      admin: { description: { en: 'The later document that replaced this one (set the status to expired).', vi: 'Văn bản ban hành sau thay thế văn bản này (đặt tình trạng là hết hiệu lực).' } },
    },
    { name: 'summary', type: 'textarea', localized: true, label: { en: 'Summary', vi: 'Tóm tắt nội dung' } },
    { name: 'file', type: 'upload', relationTo: 'files', label: { en: 'File', vi: 'Tệp văn bản' } },
    slugField({ from: 'number' }),
  ],
})
