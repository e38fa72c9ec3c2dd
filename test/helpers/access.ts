import type { Role } from '@/access/roles'
import type { UsersByRole } from './users'

export type Actor = 'anonymous' | Role
export const ACTORS: Actor[] = ['anonymous', 'partner', 'trainer', 'contributor', 'editor', 'admin']

/** Local API options acting as this actor, with access control enforced. */
export const actingAs = (users: UsersByRole, actor: Actor) =>
  actor === 'anonymous' ? { overrideAccess: false as const } : { overrideAccess: false as const, user: users[actor] }

/** true when the operation succeeds, false when access control refuses it (403 or 404). */
export const allowed = async (operation: () => Promise<unknown>): Promise<boolean> => {
  try {
    await operation()
    return true
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status === 403 || status === 404) return false
    throw error
  }
}
