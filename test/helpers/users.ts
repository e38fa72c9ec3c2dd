import type { Payload } from 'payload'

import type { Role } from '@/access/roles'
import type { User } from '@/payload-types'

export type UsersByRole = Record<Role, User>

export const TEST_PASSWORD = 'mat-khau-thu-nghiem-123'

/** One user per role, each with an API key (only partners use it in practice). */
export const createUsersByRole = async (payload: Payload, prefix = 'u'): Promise<UsersByRole> => {
  const roles: Role[] = ['admin', 'editor', 'contributor', 'trainer', 'partner']
  // Sequential, admin first: the very first user of a database is always made admin.
  const entries: (readonly [Role, User])[] = []
  for (const role of roles) {
    entries.push(
      await (async () => {
      const apiKey = `${prefix}-${role}-${Math.random().toString(36).slice(2)}`
      const user = await payload.create({
        collection: 'users',
        data: {
          apiKey,
          email: `${prefix}-${role}-${Date.now()}@thidua.test`,
          enableAPIKey: true,
          name: `Người dùng ${role}`,
          password: TEST_PASSWORD,
          role,
        },
        overrideAccess: true,
      })
      // Payload never returns the key after saving it; keep the plain value for tests.
      return [role, { ...user, apiKey }] as const
      })(),
    )
  }
  return Object.fromEntries(entries) as UsersByRole
}
