import type { CollectionConfig } from 'payload'

import { slugField } from '@/fields/slug'
import { contentCollection } from '@/collections/shared/contentCollection'
import { editorialAccess } from '@/collections/shared/access/editorialAccess'

/** Dedicated columns (chuyên trang, chuyên mục) that media outlets embed and syndicate (II.4b). */
export const Columns: CollectionConfig = contentCollection({
  slug: 'columns',
  labels: { singular: { en: 'Column', vi: 'Chuyên mục' }, plural: { en: 'Columns', vi: 'Chuyên mục' } },
  access: editorialAccess,
  admin: { defaultColumns: ['name', 'order', '_status'], group: { en: 'Publishing', vi: 'Xuất bản' }, useAsTitle: 'name' },
  defaultSort: 'order',
  fields: [
    { name: 'name', type: 'text', required: true, localized: true, label: { en: 'Name', vi: 'Tên chuyên mục' } },
    { name: 'description', type: 'textarea', localized: true, label: { en: 'Description', vi: 'Mô tả' } },
    { name: 'cover', type: 'upload', relationTo: 'media', label: { en: 'Cover image', vi: 'Ảnh bìa' } },
    { name: 'licence', type: 'text', localized: true, label: { en: 'Licence', vi: 'Giấy phép sử dụng' } },
    { name: 'attribution', type: 'textarea', localized: true, label: { en: 'Attribution for republishers', vi: 'Cách ghi nguồn khi đăng lại' } },
    { name: 'articles', type: 'join', collection: 'articles', on: 'column', defaultLimit: 10, defaultSort: '-publishedAt', label: { en: 'Articles', vi: 'Bài viết' } },
    slugField({ from: 'name' }),
    { name: 'order', type: 'number', defaultValue: 0, label: { en: 'Order', vi: 'Thứ tự' }, admin: { position: 'sidebar' } },
  ],
})
