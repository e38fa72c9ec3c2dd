import type { CollectionConfig } from 'payload'

import { slugField } from '@/fields/slug'
import { sourcesField } from '@/fields/sources'
import { contentCollection } from '@/collections/shared/contentCollection'
import { editorialAccess } from '@/collections/shared/access/editorialAccess'
import { recordStageChange } from './hooks/recordStageChange'
import { exemplarFlags, exemplarKinds, exemplarStages } from './options'

export const Exemplars: CollectionConfig = contentCollection({
  slug: 'exemplars',
  labels: {
    singular: { en: 'Exemplar', vi: 'Gương điển hình' },
    plural: { en: 'Exemplars', vi: 'Gương điển hình' },
  },
  access: editorialAccess,
  admin: {
    defaultColumns: ['name', 'kind', 'province', 'stage', '_status', 'updatedAt'],
    group: { en: 'Emulation', vi: 'Thi đua' },
    listSearchableFields: ['name', 'organization', 'slug'],
    useAsTitle: 'name',
  },
  defaultSort: '-updatedAt',
  hooks: { beforeChange: [recordStageChange] },
  fields: [
    {
      type: 'tabs',
      tabs: [
        {
          label: { en: 'Profile', vi: 'Thông tin' },
          fields: [
            { name: 'kind', type: 'select', required: true, defaultValue: 'individual', options: exemplarKinds, label: { en: 'Kind', vi: 'Loại' } },
            { name: 'name', type: 'text', required: true, localized: true, maxLength: 200, label: { en: 'Name', vi: 'Tên cá nhân / tập thể' } },
            { name: 'portrait', type: 'upload', relationTo: 'media', label: { en: 'Portrait or group photo', vi: 'Ảnh chân dung / ảnh tập thể' } },
            {
              type: 'row',
              fields: [
                { name: 'position', type: 'text', localized: true, label: { en: 'Position', vi: 'Chức vụ, nghề nghiệp' } },
                { name: 'organization', type: 'text', localized: true, label: { en: 'Unit / organization', vi: 'Đơn vị công tác' } },
              ],
            },
            {
              type: 'row',
              fields: [
                { name: 'province', type: 'relationship', relationTo: 'provinces', index: true, label: { en: 'Province', vi: 'Tỉnh, thành phố' } },
                { name: 'commune', type: 'text', label: { en: 'Commune / ward', vi: 'Xã, phường, đặc khu' } },
                { name: 'sector', type: 'relationship', relationTo: 'sectors', index: true, label: { en: 'Sector', vi: 'Ngành, lĩnh vực' } },
              ],
            },
            {
              name: 'flags',
              type: 'group',
              label: { en: 'Priority groups (II.3b–d)', vi: 'Đối tượng ưu tiên (mục II.3b–d)' },
              fields: exemplarFlags.map((flag) => ({ name: flag.name, type: 'checkbox' as const, defaultValue: false, index: true, label: flag.label })),
            },
          ],
        },
        {
          label: { en: 'Story', vi: 'Câu chuyện' },
          fields: [
            { name: 'summary', type: 'textarea', localized: true, maxLength: 300, label: { en: 'Summary (≤ 300 characters)', vi: 'Tóm tắt (tối đa 300 ký tự)' } },
            { name: 'story', type: 'richText', localized: true, label: { en: 'Story', vi: 'Câu chuyện điển hình' } },
            {
              name: 'achievements',
              type: 'array',
              label: { en: 'Achievements', vi: 'Thành tích' },
              labels: { singular: { en: 'Achievement', vi: 'Thành tích' }, plural: { en: 'Achievements', vi: 'Thành tích' } },
              fields: [
                {
                  type: 'row',
                  fields: [
                    { name: 'year', type: 'number', required: true, min: 1945, max: 2100, label: { en: 'Year', vi: 'Năm' }, admin: { width: '20%' } },
                    { name: 'text', type: 'text', required: true, localized: true, label: { en: 'Achievement', vi: 'Nội dung' } },
                  ],
                },
              ],
            },
            {
              name: 'gallery',
              type: 'array',
              label: { en: 'Gallery', vi: 'Thư viện ảnh' },
              fields: [{ name: 'image', type: 'upload', relationTo: 'media', required: true, label: { en: 'Image', vi: 'Ảnh' } }],
            },
            sourcesField,
          ],
        },
        {
          label: { en: 'Stage', vi: 'Giai đoạn' },
          description: { en: 'Discover → nurture → summarize → replicate (plan II.2c).', vi: 'Phát hiện → bồi dưỡng → tổng kết → nhân rộng (Kế hoạch mục II.2c).' },
          fields: [
            { name: 'stage', type: 'select', required: true, defaultValue: 'discovered', index: true, options: exemplarStages, label: { en: 'Current stage', vi: 'Giai đoạn hiện tại' } },
            {
              name: 'stageNote',
              type: 'text',
              virtual: true,
              label: { en: 'Note for this stage change', vi: 'Ghi chú khi chuyển giai đoạn' },
            },
            {
              name: 'stageHistory',
              type: 'array',
              label: { en: 'Stage history', vi: 'Lịch sử giai đoạn' },
              admin: { readOnly: true, initCollapsed: true },
              fields: [
                { name: 'stage', type: 'select', options: exemplarStages, required: true, label: { en: 'Stage', vi: 'Giai đoạn' } },
                { name: 'changedAt', type: 'date', required: true, label: { en: 'When', vi: 'Thời điểm' }, admin: { date: { pickerAppearance: 'dayAndTime' } } },
                { name: 'changedBy', type: 'relationship', relationTo: 'users', label: { en: 'Who', vi: 'Người thực hiện' } },
                { name: 'note', type: 'text', label: { en: 'Note', vi: 'Ghi chú' } },
              ],
            },
          ],
        },
        {
          label: { en: 'Links', vi: 'Liên kết' },
          fields: [
            { name: 'relatedMovements', type: 'relationship', relationTo: 'movements', hasMany: true, label: { en: 'Movements', vi: 'Phong trào thi đua' } },
            {
              name: 'awards',
              type: 'join',
              collection: 'awards',
              on: 'recipients',
              defaultLimit: 20,
              label: { en: 'Awards naming this exemplar', vi: 'Các quyết định khen thưởng' },
            },
            { name: 'events', type: 'join', collection: 'events', on: 'relatedExemplars', defaultLimit: 20, label: { en: 'Events', vi: 'Sự kiện' } },
          ],
        },
      ],
    },
    slugField({ from: 'name' }),
    { name: 'yearRecognized', type: 'number', min: 1945, max: 2100, index: true, label: { en: 'Year recognized', vi: 'Năm được biểu dương' }, admin: { position: 'sidebar' } },
    { name: 'featured', type: 'checkbox', defaultValue: false, index: true, label: { en: 'Featured', vi: 'Nổi bật' }, admin: { position: 'sidebar' } },
  ],
})
