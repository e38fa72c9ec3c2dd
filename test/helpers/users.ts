import type { Payload } from 'payload'

import type { Role } from '../../src/access/roles'
import type { User } from '../../src/payload-types'

export type UsersByRole = Record<Role, User>

export const TEST_PASSWORD = 'mat-khau-thu-nghiem-123'

/** One user per role, each with an API key (only partners use it in practice). */
export const createUsersByRole = async (payload: Payload, prefix = 'u'): Promise<UsersByRole> => {
  const roles: Role[] = ['admin', 'editor', 'contributor', 'trainer', 'partner']
  const entries = await Promise.all(
    roles.map(async (role) => {
      const user = await payload.create({
        collection: 'users',
        data: {
          apiKey: `${prefix}-${role}-${Math.random().toString(36).slice(2)}`,
          email: `${prefix}-${role}-${Date.now()}@thidua.test`,
          enableAPIKey: true,
          name: `Người dùng ${role}`,
          password: TEST_PASSWORD,
          role,
        },
        overrideAccess: true,
      })
      return [role, user] as const
    }),
  )
  return Object.fromEntries(entries) as UsersByRole
}
