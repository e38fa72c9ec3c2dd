import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { editorsAndAdmins } from '@/access/editorsAndAdmins'
import { slugField } from '@/fields/slug'
import { revalidateAfterChange, revalidateAfterDelete } from '@/lib/cache/revalidate'

/** The 34 provincial-level units in force since 1 July 2025. */
export const Provinces: CollectionConfig = {
  slug: 'provinces',
  labels: { singular: { en: 'Province', vi: 'Tỉnh, thành phố' }, plural: { en: 'Provinces', vi: 'Tỉnh, thành phố' } },
  access: { create: editorsAndAdmins, delete: editorsAndAdmins, read: anyone, update: editorsAndAdmins },
  admin: { defaultColumns: ['code', 'name', 'kind'], group: { en: 'Taxonomies', vi: 'Danh mục' }, useAsTitle: 'name' },
  // Filters, the register and the statistics read taxonomies through cached reads tagged by collection.
  hooks: { afterChange: [revalidateAfterChange], afterDelete: [revalidateAfterDelete] },
  defaultSort: 'code',
  fields: [
    { name: 'name', type: 'text', required: true, localized: true, label: { en: 'Name', vi: 'Tên' } },
    { name: 'code', type: 'text', required: true, unique: true, index: true, label: { en: 'Official code', vi: 'Mã đơn vị hành chính' } },
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'province',
      options: [
        { label: { en: 'Province', vi: 'Tỉnh' }, value: 'province' },
        { label: { en: 'Centrally-run city', vi: 'Thành phố trực thuộc Trung ương' }, value: 'city' },
      ],
      label: { en: 'Kind', vi: 'Loại' },
    },
    slugField({ from: 'name' }),
  ],
}
