import crypto from 'node:crypto'

import type { Role } from '@/access/roles'
import { findIdBy, seedOptions, type SeedContext, upsertEach } from '../context'

/** Documented in the README; demo accounts only, never for a real deployment. */
export const DEMO_PASSWORD = 'ThiDua@2026'

export const demoUsers: { email: string; key: Role; name: string; organization: string }[] = [
  { email: 'quantri@thidua.example.vn', key: 'admin', name: 'Quản trị Hệ thống (mẫu)', organization: 'Ban Thi đua – Khen thưởng (mẫu)' },
  { email: 'bientap@thidua.example.vn', key: 'editor', name: 'Lê Thu Hà (mẫu)', organization: 'Phòng Tuyên truyền (mẫu)' },
  { email: 'congtacvien@thidua.example.vn', key: 'contributor', name: 'Phạm Minh Khôi (mẫu)', organization: 'Cộng tác viên (mẫu)' },
  { email: 'giangvien@thidua.example.vn', key: 'trainer', name: 'TS. Nguyễn Thị Lan (mẫu)', organization: 'Trường Chính trị tỉnh (mẫu)' },
  { email: 'doitac@thidua.example.vn', key: 'partner', name: 'Báo Điện tử Mẫu', organization: 'Báo Điện tử Mẫu' },
]

export const seedUsers = ({ payload, refs }: SeedContext) =>
  upsertEach({
    items: demoUsers,
    map: refs.users,
    findExisting: (u) => findIdBy({ collection: 'users', field: 'email', payload, value: u.email }),
    create: async (u) => {
      const doc = await payload.create({
        collection: 'users',
        data: {
          email: u.email,
          name: u.name,
          organization: u.organization,
          password: DEMO_PASSWORD,
          role: u.key,
          ...(u.key === 'partner'
            ? { allowedOrigins: [{ origin: 'http://localhost:4000' }], apiKey: crypto.randomUUID(), enableAPIKey: true }
            : {}),
        },
        ...seedOptions,
      })
      return doc.id
    },
  })
