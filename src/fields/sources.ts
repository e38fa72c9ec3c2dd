import type { ArrayField } from 'payload'

import { httpUrl } from './httpUrl'

/** Where a fact comes from: title, issuer, date and a link when there is one. */
export const sourcesField: ArrayField = {
  name: 'sources',
  type: 'array',
  label: { en: 'Sources', vi: 'Nguồn tư liệu' },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, label: { en: 'Title', vi: 'Tên tài liệu' } },
    {
      type: 'row',
      fields: [
        { name: 'issuer', type: 'text', label: { en: 'Issuer / publisher', vi: 'Cơ quan ban hành / nơi đăng' } },
        { name: 'date', type: 'date', label: { en: 'Date', vi: 'Ngày' }, admin: { date: { displayFormat: 'dd/MM/yyyy' } } },
      ],
    },
    { name: 'url', type: 'text', label: { en: 'URL', vi: 'Đường dẫn' }, validate: httpUrl },
  ],
}
