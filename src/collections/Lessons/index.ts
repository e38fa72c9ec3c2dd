import { EXPERIMENTAL_TableFeature, lexicalEditor } from '@payloadcms/richtext-lexical'
import type { CollectionConfig } from 'payload'

import { slugField } from '@/fields/slug'
import { textList } from '@/fields/textList'
import { discardPacksOnDelete, discardPacksOnPublish } from '@/training/pack/discardOnPublish'
import { contentCollection } from '@/collections/shared/contentCollection'
import { trainingAccess } from '@/collections/shared/access/trainingAccess'

export const Lessons: CollectionConfig = contentCollection({
  slug: 'lessons',
  labels: { singular: { en: 'Lesson', vi: 'Bài học' }, plural: { en: 'Lessons', vi: 'Bài học' } },
  access: trainingAccess,
  admin: { defaultColumns: ['title', 'course', 'moduleNumber', 'order', '_status'], group: { en: 'Training', vi: 'Đào tạo' }, useAsTitle: 'title' },
  defaultSort: 'order',
  hooks: { afterChange: [discardPacksOnPublish], afterDelete: [discardPacksOnDelete] },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, label: { en: 'Title', vi: 'Tên bài' } },
    {
      type: 'row',
      fields: [
        { name: 'course', type: 'relationship', relationTo: 'courses', required: true, index: true, label: { en: 'Course', vi: 'Khóa học' } },
        { name: 'moduleNumber', type: 'number', min: 1, defaultValue: 1, label: { en: 'Module no.', vi: 'Học phần số' } },
        { name: 'order', type: 'number', min: 0, defaultValue: 1, index: true, label: { en: 'Order', vi: 'Thứ tự' } },
      ],
    },
    textList({ name: 'objectives', label: { en: 'Objectives', vi: 'Mục tiêu bài học' } }),
    {
      name: 'body',
      type: 'richText',
      localized: true,
      label: { en: 'Body', vi: 'Nội dung' },
      // Lessons compare things side by side (forms of award, stages, dates): tables on top of the default headings, quotes, lists and images.
      editor: lexicalEditor({ features: ({ defaultFeatures }) => [...defaultFeatures, EXPERIMENTAL_TableFeature()] }),
    },
    { name: 'attachments', type: 'upload', relationTo: 'files', hasMany: true, label: { en: 'Attachments', vi: 'Tài liệu đính kèm' } },
    { name: 'primarySources', type: 'relationship', relationTo: 'documents', hasMany: true, label: { en: 'Primary sources', vi: 'Văn bản, tư liệu gốc' } },
    {
      name: 'questions',
      type: 'array',
      label: { en: 'Self-check questions', vi: 'Câu hỏi tự kiểm tra' },
      fields: [
        { name: 'question', type: 'textarea', required: true, localized: true, label: { en: 'Question', vi: 'Câu hỏi' } },
        { name: 'answer', type: 'textarea', required: true, localized: true, label: { en: 'Answer', vi: 'Gợi ý trả lời' } },
      ],
    },
    slugField({ from: 'title' }),
    { name: 'durationMinutes', type: 'number', min: 0, label: { en: 'Duration (minutes)', vi: 'Thời lượng (phút)' }, admin: { position: 'sidebar' } },
  ],
})
