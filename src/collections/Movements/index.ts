import type { CollectionConfig } from 'payload'

import { slugField } from '@/fields/slug'
import { textList } from '@/fields/textList'
import { contentCollection } from '@/collections/shared/contentCollection'
import { editorialAccess } from '@/collections/shared/access/editorialAccess'
import { setMovementStatus } from './hooks/setMovementStatus'
import { milestoneKinds, movementLevels, movementTypes } from './options'
import { movementStatuses } from './status'

export const Movements: CollectionConfig = contentCollection({
  slug: 'movements',
  labels: {
    singular: { en: 'Emulation movement', vi: 'Phong trào thi đua' },
    plural: { en: 'Emulation movements', vi: 'Phong trào thi đua' },
  },
  access: editorialAccess,
  admin: {
    defaultColumns: ['name', 'type', 'level', 'status', '_status', 'updatedAt'],
    group: { en: 'Emulation', vi: 'Thi đua' },
    useAsTitle: 'name',
  },
  defaultSort: '-period.start',
  hooks: { beforeChange: [setMovementStatus] },
  fields: [
    {
      type: 'tabs',
      tabs: [
        {
          label: { en: 'Movement', vi: 'Phong trào' },
          fields: [
            { name: 'name', type: 'text', required: true, localized: true, label: { en: 'Name', vi: 'Tên phong trào' } },
            { name: 'slogan', type: 'text', localized: true, label: { en: 'Slogan', vi: 'Khẩu hiệu' } },
            {
              type: 'row',
              fields: [
                { name: 'type', type: 'select', required: true, defaultValue: 'annual', index: true, options: movementTypes, label: { en: 'Type', vi: 'Loại phong trào' } },
                { name: 'level', type: 'select', required: true, defaultValue: 'national', index: true, options: movementLevels, label: { en: 'Level', vi: 'Cấp phát động' } },
              ],
            },
            { name: 'issuingBody', type: 'text', localized: true, label: { en: 'Issuing body', vi: 'Cơ quan phát động' } },
            {
              name: 'period',
              type: 'group',
              label: { en: 'Period', vi: 'Thời gian thực hiện' },
              fields: [
                {
                  type: 'row',
                  fields: [
                    { name: 'start', type: 'date', required: true, index: true, label: { en: 'Start', vi: 'Bắt đầu' }, admin: { date: { displayFormat: 'dd/MM/yyyy' } } },
                    { name: 'end', type: 'date', label: { en: 'End', vi: 'Kết thúc' }, admin: { date: { displayFormat: 'dd/MM/yyyy' } } },
                  ],
                },
              ],
            },
            { name: 'cover', type: 'upload', relationTo: 'media', label: { en: 'Cover image', vi: 'Ảnh bìa' } },
          ],
        },
        {
          label: { en: 'Plan (II.2a)', vi: 'Kế hoạch (mục II.2a)' },
          fields: [
            textList({ name: 'objectives', label: { en: 'Objectives', vi: 'Mục tiêu' } }),
            {
              name: 'targets',
              type: 'array',
              label: { en: 'Targets', vi: 'Chỉ tiêu' },
              fields: [
                { name: 'indicator', type: 'text', required: true, localized: true, label: { en: 'Indicator', vi: 'Chỉ tiêu' } },
                {
                  type: 'row',
                  fields: [
                    { name: 'target', type: 'number', required: true, label: { en: 'Target', vi: 'Kế hoạch' } },
                    { name: 'achieved', type: 'number', label: { en: 'Achieved', vi: 'Đã đạt' } },
                    { name: 'unit', type: 'text', localized: true, label: { en: 'Unit', vi: 'Đơn vị tính' } },
                  ],
                },
              ],
            },
            textList({ name: 'content', label: { en: 'Content', vi: 'Nội dung thi đua' } }),
            textList({ name: 'measures', label: { en: 'Measures', vi: 'Biện pháp' } }),
            { name: 'participants', type: 'textarea', localized: true, label: { en: 'Participants', vi: 'Đối tượng tham gia' } },
            textList({ name: 'criteria', label: { en: 'Evaluation criteria', vi: 'Tiêu chí đánh giá' } }),
          ],
        },
        {
          label: { en: 'Milestones', vi: 'Mốc thực hiện' },
          fields: [
            {
              name: 'milestones',
              type: 'array',
              label: { en: 'Milestones', vi: 'Phát động – sơ kết – tổng kết' },
              fields: [
                {
                  type: 'row',
                  fields: [
                    { name: 'kind', type: 'select', required: true, options: milestoneKinds, label: { en: 'Kind', vi: 'Loại mốc' } },
                    { name: 'date', type: 'date', required: true, label: { en: 'Date', vi: 'Ngày' }, admin: { date: { displayFormat: 'dd/MM/yyyy' } } },
                  ],
                },
                { name: 'title', type: 'text', localized: true, label: { en: 'Title', vi: 'Tiêu đề' } },
                { name: 'report', type: 'richText', localized: true, label: { en: 'Report', vi: 'Báo cáo' } },
                { name: 'attachment', type: 'upload', relationTo: 'files', label: { en: 'Attachment', vi: 'Tệp đính kèm' } },
              ],
            },
          ],
        },
        {
          label: { en: 'Links', vi: 'Liên kết' },
          fields: [
            { name: 'relatedDocuments', type: 'relationship', relationTo: 'documents', hasMany: true, label: { en: 'Documents', vi: 'Văn bản liên quan' } },
            { name: 'exemplars', type: 'join', collection: 'exemplars', on: 'relatedMovements', defaultLimit: 20, label: { en: 'Exemplars', vi: 'Gương điển hình' } },
            { name: 'news', type: 'join', collection: 'articles', on: 'relatedMovements', defaultLimit: 20, label: { en: 'News', vi: 'Tin bài' } },
            { name: 'events', type: 'join', collection: 'events', on: 'relatedMovements', defaultLimit: 20, label: { en: 'Events', vi: 'Sự kiện' } },
          ],
        },
      ],
    },
    slugField({ from: 'name' }),
    {
      name: 'status',
      type: 'select',
      // PostgreSQL would otherwise name this enum like the drafts' `_status` one (enum_movements_status) and merge the two.
      enumName: 'enum_movements_progress',
      options: movementStatuses,
      index: true,
      label: { en: 'Status (from dates)', vi: 'Trạng thái (tính theo mốc)' },
      admin: { position: 'sidebar', readOnly: true },
    },
  ],
})
