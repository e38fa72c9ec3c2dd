import type { CollectionConfig } from 'payload'

import { slugField } from '@/fields/slug'
import { contentCollection } from '@/collections/shared/contentCollection'
import { editorialAccess } from '@/collections/shared/access/editorialAccess'
import { stampPublishDate } from './hooks/stampPublishDate'

export const Articles: CollectionConfig = contentCollection({
  slug: 'articles',
  labels: { singular: { en: 'Article', vi: 'Bài viết' }, plural: { en: 'Articles', vi: 'Bài viết' } },
  access: editorialAccess,
  admin: {
    defaultColumns: ['title', 'column', 'publishedAt', '_status'],
    group: { en: 'Publishing', vi: 'Xuất bản' },
    useAsTitle: 'title',
  },
  defaultSort: '-publishedAt',
  hooks: { beforeChange: [stampPublishDate] },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, label: { en: 'Title', vi: 'Tiêu đề' } },
    { name: 'column', type: 'relationship', relationTo: 'columns', required: true, index: true, label: { en: 'Column', vi: 'Chuyên mục' } },
    { name: 'summary', type: 'textarea', localized: true, maxLength: 400, label: { en: 'Summary', vi: 'Sapo / tóm tắt' } },
    { name: 'body', type: 'richText', localized: true, label: { en: 'Body', vi: 'Nội dung' } },
    { name: 'cover', type: 'upload', relationTo: 'media', label: { en: 'Cover image', vi: 'Ảnh đại diện' } },
    {
      type: 'row',
      fields: [
        { name: 'relatedExemplars', type: 'relationship', relationTo: 'exemplars', hasMany: true, label: { en: 'Exemplars', vi: 'Gương điển hình liên quan' } },
        { name: 'relatedMovements', type: 'relationship', relationTo: 'movements', hasMany: true, label: { en: 'Movements', vi: 'Phong trào liên quan' } },
      ],
    },
    slugField({ from: 'title' }),
    { name: 'publishedAt', type: 'date', index: true, label: { en: 'Publish date', vi: 'Ngày đăng' }, admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'byline', type: 'text', label: { en: 'Byline', vi: 'Bút danh / tác giả' }, admin: { position: 'sidebar' } },
    {
      name: 'author',
      type: 'relationship',
      relationTo: 'users',
      label: { en: 'Author account', vi: 'Tài khoản tác giả' },
      defaultValue: ({ user }) => user?.id,
      admin: { position: 'sidebar' },
    },
    { name: 'tags', type: 'text', hasMany: true, label: { en: 'Tags', vi: 'Từ khóa' }, admin: { position: 'sidebar' } },
  ],
})
