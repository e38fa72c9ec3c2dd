import type { GlobalConfig } from 'payload'

import { admins } from '@/access/admins'
import { anyone } from '@/access/anyone'
import { revalidateGlobal } from '@/lib/cache/revalidate'

export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  label: { en: 'Site settings', vi: 'Cài đặt trang' },
  access: { read: anyone, update: admins },
  admin: { group: { en: 'Settings', vi: 'Cài đặt' } },
  hooks: { afterChange: [revalidateGlobal] },
  fields: [
    { name: 'siteName', type: 'text', required: true, localized: true, defaultValue: 'Thi đua', label: { en: 'Site name', vi: 'Tên trang' } },
    { name: 'tagline', type: 'text', localized: true, label: { en: 'Tagline', vi: 'Khẩu hiệu' } },
    {
      name: 'contact',
      type: 'group',
      label: { en: 'Contact', vi: 'Liên hệ' },
      fields: [
        { name: 'organization', type: 'text', localized: true, label: { en: 'Organization', vi: 'Cơ quan' } },
        { name: 'address', type: 'text', localized: true, label: { en: 'Address', vi: 'Địa chỉ' } },
        { name: 'email', type: 'email', label: { en: 'Email', vi: 'Thư điện tử' } },
        { name: 'phone', type: 'text', label: { en: 'Phone', vi: 'Điện thoại' } },
      ],
    },
    {
      name: 'footerLinks',
      type: 'array',
      label: { en: 'Footer links', vi: 'Liên kết chân trang' },
      fields: [
        { name: 'label', type: 'text', required: true, localized: true, label: { en: 'Label', vi: 'Nhãn' } },
        { name: 'url', type: 'text', required: true, label: { en: 'URL', vi: 'Đường dẫn' } },
      ],
    },
    {
      name: 'social',
      type: 'array',
      label: { en: 'Social accounts', vi: 'Mạng xã hội' },
      fields: [
        {
          name: 'platform',
          type: 'select',
          required: true,
          options: ['facebook', 'zalo', 'youtube', 'tiktok', 'other'].map((value) => ({ label: value, value })),
          label: { en: 'Platform', vi: 'Nền tảng' },
        },
        { name: 'url', type: 'text', required: true, label: { en: 'URL', vi: 'Đường dẫn' } },
      ],
    },
    {
      name: 'defaultImageLicence',
      type: 'text',
      localized: true,
      defaultValue: 'CC BY 4.0 – ghi rõ nguồn và tác giả ảnh',
      label: { en: 'Default image licence', vi: 'Giấy phép ảnh mặc định' },
    },
  ],
}
