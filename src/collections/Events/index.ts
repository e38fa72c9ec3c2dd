import type { CollectionConfig, DateFieldValidation } from 'payload'

import { httpUrl } from '@/fields/httpUrl'
import { slugField } from '@/fields/slug'
import { contentCollection } from '@/collections/shared/contentCollection'
import { editorialAccess } from '@/collections/shared/access/editorialAccess'
import { eventKinds } from './options'

/** An event cannot end before it starts: a 400 naming the field, never a 500. */
const endAfterStart: DateFieldValidation = (end, { siblingData }) => {
  const start = (siblingData as { start?: Date | string | null }).start
  return !end || !start || new Date(end).getTime() >= new Date(start).getTime() ? true : 'Thời điểm kết thúc phải sau thời điểm bắt đầu (the end must come after the start).'
}

const dayAndTime = { date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm', timeFormat: 'HH:mm', timeIntervals: 15 } } as const

/**
 * The office's calendar (plan II.4d, II.7): ceremonies, congresses, review
 * conferences, launches, trainings. Times are instants; pages, feeds and the
 * iCalendar files show them in Vietnam's time. An all-day event starts at
 * 00:00 Vietnam time on its first day and its end is its last day.
 */
export const Events: CollectionConfig = contentCollection({
  slug: 'events',
  typescript: { interface: 'Event' },
  labels: { singular: { en: 'Event', vi: 'Sự kiện' }, plural: { en: 'Events', vi: 'Sự kiện' } },
  access: editorialAccess,
  admin: { defaultColumns: ['title', 'kind', 'start', 'province', '_status'], group: { en: 'Emulation', vi: 'Thi đua' }, useAsTitle: 'title' },
  defaultSort: '-start',
  fields: [
    {
      type: 'tabs',
      tabs: [
        {
          label: { en: 'Event', vi: 'Sự kiện' },
          fields: [
            { name: 'title', type: 'text', required: true, localized: true, label: { en: 'Title', vi: 'Tên sự kiện' } },
            {
              type: 'row',
              fields: [
                { name: 'kind', type: 'select', required: true, index: true, defaultValue: 'honouring', options: [...eventKinds], label: { en: 'Kind', vi: 'Loại sự kiện' } },
                { name: 'allDay', type: 'checkbox', defaultValue: false, label: { en: 'All day', vi: 'Cả ngày' } },
              ],
            },
            {
              type: 'row',
              fields: [
                { name: 'start', type: 'date', required: true, index: true, label: { en: 'Start', vi: 'Bắt đầu' }, admin: dayAndTime },
                { name: 'end', type: 'date', index: true, validate: endAfterStart, label: { en: 'End', vi: 'Kết thúc' }, admin: dayAndTime },
              ],
            },
            {
              type: 'row',
              fields: [
                { name: 'venue', type: 'text', localized: true, label: { en: 'Venue', vi: 'Địa điểm' } },
                { name: 'province', type: 'relationship', relationTo: 'provinces', index: true, label: { en: 'Province', vi: 'Tỉnh, thành phố' } },
              ],
            },
            { name: 'organizer', type: 'text', localized: true, label: { en: 'Organiser', vi: 'Đơn vị tổ chức' } },
            { name: 'summary', type: 'textarea', localized: true, label: { en: 'Summary', vi: 'Tóm tắt' } },
            { name: 'programme', type: 'richText', localized: true, label: { en: 'Programme', vi: 'Chương trình' } },
            {
              type: 'row',
              fields: [
                { name: 'livestreamUrl', type: 'text', validate: httpUrl, label: { en: 'Livestream link', vi: 'Đường dẫn truyền hình trực tiếp' } },
                { name: 'registrationUrl', type: 'text', validate: httpUrl, label: { en: 'Registration link', vi: 'Đường dẫn đăng ký' } },
              ],
            },
            { name: 'cover', type: 'upload', relationTo: 'media', label: { en: 'Cover image', vi: 'Ảnh bìa' } },
          ],
        },
        {
          label: { en: 'Links', vi: 'Liên kết' },
          fields: [
            { name: 'relatedMovements', type: 'relationship', relationTo: 'movements', hasMany: true, index: true, label: { en: 'Movements', vi: 'Phong trào thi đua' } },
            { name: 'relatedExemplars', type: 'relationship', relationTo: 'exemplars', hasMany: true, index: true, label: { en: 'Exemplars', vi: 'Gương điển hình' } },
            { name: 'relatedAwards', type: 'relationship', relationTo: 'awards', hasMany: true, label: { en: 'Award decisions', vi: 'Quyết định khen thưởng' } },
            { name: 'relatedDocuments', type: 'relationship', relationTo: 'documents', hasMany: true, label: { en: 'Documents', vi: 'Văn bản liên quan' } },
          ],
        },
      ],
    },
    slugField({ from: 'title' }),
  ],
})
