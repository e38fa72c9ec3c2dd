import type { PayloadRequest } from 'payload'

export const ROLES = ['admin', 'editor', 'contributor', 'trainer', 'partner'] as const
export type Role = (typeof ROLES)[number]

type MaybeUser = PayloadRequest['user']

/** True when the request's user holds one of the roles. */
export const hasRole = (user: MaybeUser, ...roles: Role[]): boolean =>
  Boolean(user && 'role' in user && roles.includes(user.role as Role))

/** The Where that limits anonymous readers, partners and others to published documents. */
export const publishedOnly = { _status: { equals: 'published' } } as const
