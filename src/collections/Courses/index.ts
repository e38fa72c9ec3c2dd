import type { CollectionConfig } from 'payload'

import { slugField } from '@/fields/slug'
import { textList } from '@/fields/textList'
import { discardPacksOnDelete, discardPacksOnPublish } from '@/training/pack/discardOnPublish'
import { previewLinkEndpoint } from '@/training/preview/endpoint'
import { contentCollection } from '@/collections/shared/contentCollection'
import { trainingAccess } from '@/collections/shared/access/trainingAccess'
import { courseAudiences } from './options'

/** Course materials on Ho Chi Minh's thought on patriotic emulation (plan II.5d). */
export const Courses: CollectionConfig = contentCollection({
  slug: 'courses',
  labels: { singular: { en: 'Course', vi: 'Khóa học' }, plural: { en: 'Courses', vi: 'Khóa học' } },
  access: trainingAccess,
  admin: { defaultColumns: ['title', 'hours', '_status'], group: { en: 'Training', vi: 'Đào tạo' }, useAsTitle: 'title' },
  endpoints: [previewLinkEndpoint],
  hooks: { afterChange: [discardPacksOnPublish], afterDelete: [discardPacksOnDelete] },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, label: { en: 'Title', vi: 'Tên khóa học' } },
    { name: 'audience', type: 'select', hasMany: true, options: courseAudiences, label: { en: 'Audience', vi: 'Đối tượng' } },
    { name: 'topics', type: 'text', hasMany: true, label: { en: 'Topics', vi: 'Chủ đề' } },
    { name: 'description', type: 'textarea', localized: true, label: { en: 'Description', vi: 'Giới thiệu' } },
    textList({ name: 'objectives', label: { en: 'Objectives', vi: 'Mục tiêu' } }),
    {
      name: 'modules',
      type: 'array',
      label: { en: 'Modules (in order)', vi: 'Học phần (theo thứ tự)' },
      fields: [
        { name: 'title', type: 'text', required: true, localized: true, label: { en: 'Title', vi: 'Tên học phần' } },
        { name: 'description', type: 'textarea', localized: true, label: { en: 'Description', vi: 'Mô tả' } },
      ],
    },
    { name: 'lessons', type: 'join', collection: 'lessons', on: 'course', defaultSort: 'order', defaultLimit: 100, label: { en: 'Lessons', vi: 'Bài học' } },
    slugField({ from: 'title' }),
    { name: 'hours', type: 'number', min: 0, label: { en: 'Hours', vi: 'Số giờ' }, admin: { position: 'sidebar' } },
    { name: 'cover', type: 'upload', relationTo: 'media', label: { en: 'Cover image', vi: 'Ảnh bìa' }, admin: { position: 'sidebar' } },
    {
      name: 'previewLink',
      type: 'ui',
      label: { en: 'Preview link', vi: 'Liên kết xem trước' },
      admin: { components: { Field: '/training/admin/CoursePreviewLink.client#CoursePreviewLink' }, position: 'sidebar' },
    },
  ],
})
