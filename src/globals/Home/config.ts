import type { GlobalConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { editorsAndAdmins } from '@/access/editorsAndAdmins'
import { revalidateGlobal } from '@/lib/cache/revalidate'

/** What the front page puts first; empty lists fall back to the latest published. */
export const Home: GlobalConfig = {
  slug: 'home',
  label: { en: 'Home page', vi: 'Trang chủ' },
  access: { read: anyone, update: editorsAndAdmins },
  admin: { group: { en: 'Settings', vi: 'Cài đặt' } },
  hooks: { afterChange: [revalidateGlobal] },
  fields: [
    { name: 'intro', type: 'textarea', localized: true, label: { en: 'Introduction', vi: 'Lời giới thiệu' } },
    { name: 'featuredExemplars', type: 'relationship', relationTo: 'exemplars', hasMany: true, maxRows: 8, label: { en: 'Featured exemplars', vi: 'Gương điển hình nổi bật' } },
    { name: 'featuredMovements', type: 'relationship', relationTo: 'movements', hasMany: true, maxRows: 6, label: { en: 'Featured movements', vi: 'Phong trào nổi bật' } },
    { name: 'featuredColumns', type: 'relationship', relationTo: 'columns', hasMany: true, maxRows: 6, label: { en: 'Featured columns', vi: 'Chuyên mục nổi bật' } },
  ],
}
