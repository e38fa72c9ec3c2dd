import type { CollectionConfig, FieldAccess } from 'payload'

import { admins } from '@/access/admins'
import { hasRole, ROLES, STAFF_ROLES } from '@/access/roles'
import { selfOrAdmin } from './access/selfOrAdmin'
import { forgetPartners } from '@/partners/keyCache'
import { firstUserIsAdmin } from './hooks/firstUserIsAdmin'
import { forgiveSuccessfulLogin, limitLoginsPerAddress } from './hooks/limitLoginsPerAddress'
import { sessionCookie } from './sessionCookie'
import { DEFAULT_REQUESTS_PER_MINUTE, roleLabels } from './options'

const adminsOnly: FieldAccess = ({ req }) => hasRole(req.user, 'admin')

/** A browser origin exactly as it sends it: scheme, host and optional port, nothing else. */
const validateOrigin = (value: unknown) =>
  typeof value === 'string' && /^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/i.test(value) ? true : 'Nhập nguồn dạng https://ten-mien (không có đường dẫn, không dấu / ở cuối).'

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: { en: 'User', vi: 'Người dùng' }, plural: { en: 'Users', vi: 'Người dùng' } },
  auth: {
    cookies: sessionCookie(),
    useAPIKey: true,
    maxLoginAttempts: 5,
    lockTime: 15 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
  },
  access: {
    // Partners use API keys; the admin panel is for staff.
    admin: ({ req }) => hasRole(req.user, ...STAFF_ROLES),
    create: admins,
    delete: admins,
    read: selfOrAdmin,
    update: selfOrAdmin,
  },
  admin: { defaultColumns: ['name', 'email', 'role'], group: { en: 'Settings', vi: 'Cài đặt' }, useAsTitle: 'name' },
  hooks: {
    // The API wrapper caches key lookups: any change (a revoked key, new origins) must apply at once.
    afterChange: [async ({ doc }) => (await forgetPartners(), doc)],
    afterDelete: [async ({ doc }) => (await forgetPartners(), doc)],
    afterLogin: [forgiveSuccessfulLogin],
    beforeChange: [firstUserIsAdmin],
    beforeOperation: [limitLoginsPerAddress],
  },
  fields: [
    { name: 'name', type: 'text', required: true, label: { en: 'Full name', vi: 'Họ và tên' } },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'contributor',
      saveToJWT: true,
      options: ROLES.map((value) => ({ label: roleLabels[value], value })),
      access: { create: adminsOnly, update: adminsOnly },
      label: { en: 'Role', vi: 'Vai trò' },
    },
    { name: 'organization', type: 'text', label: { en: 'Organization', vi: 'Cơ quan, đơn vị' } },
    {
      name: 'allowedOrigins',
      type: 'array',
      label: { en: 'Allowed origins (partners)', vi: 'Tên miền được phép gọi API (đối tác)' },
      admin: { condition: (data) => data?.role === 'partner' },
      access: { create: adminsOnly, update: adminsOnly },
      fields: [{ name: 'origin', type: 'text', required: true, validate: validateOrigin, label: { en: 'Origin', vi: 'Nguồn (https://…)' } }],
    },
    {
      name: 'requestsPerMinute',
      type: 'number',
      min: 1,
      max: 10_000,
      defaultValue: DEFAULT_REQUESTS_PER_MINUTE,
      label: { en: 'API requests per minute (partners)', vi: 'Hạn mức lượt gọi API mỗi phút (đối tác)' },
      admin: { condition: (data) => data?.role === 'partner' },
      access: { create: adminsOnly, update: adminsOnly },
    },
  ],
}
