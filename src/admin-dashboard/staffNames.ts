import type { Payload } from 'payload'

import { type Role, STAFF_ROLES } from '@/access/roles'

export type StaffMember = { id: number | string; name: string; role: Role }

/**
 * Names of the staff who made changes, in one query. Users are readable only
 * by themselves and admins, so an editor's own access would show ids: the
 * callers check the viewer's role first, and only the name and role leave
 * here (never an email or a key).
 */
export const staffByIds = async (payload: Payload, ids: (number | string)[]): Promise<Map<string, StaffMember>> => {
  const unique = [...new Set(ids.map(String))]
  if (unique.length === 0) return new Map()
  const { docs } = await payload.find({
    collection: 'users',
    depth: 0,
    limit: unique.length,
    overrideAccess: true,
    pagination: false,
    select: { name: true, role: true },
    where: { id: { in: unique } },
  })
  return new Map(docs.map((user) => [String(user.id), { id: user.id, name: user.name, role: user.role }]))
}

/** Everyone who works in the admin, for the "changed by" filter and for spotting contributors. */
export const listStaff = async (payload: Payload, roles: readonly Role[] = STAFF_ROLES): Promise<StaffMember[]> => {
  const { docs } = await payload.find({
    collection: 'users',
    depth: 0,
    limit: 500,
    overrideAccess: true,
    pagination: false,
    select: { name: true, role: true },
    sort: 'name',
    where: { role: { in: [...roles] } },
  })
  return docs.map((user) => ({
    id: user.id,
    name: user.name,
    role: user.role,
  }))
}
