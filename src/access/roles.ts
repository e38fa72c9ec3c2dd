import type { PayloadRequest } from 'payload'

export const ROLES = ['admin', 'editor', 'contributor', 'trainer', 'partner'] as const
export type Role = (typeof ROLES)[number]

/** Everyone who works in the admin panel and may preview drafts (partners use API keys only). */
export const STAFF_ROLES = ['admin', 'editor', 'contributor', 'trainer'] as const satisfies readonly Role[]

/** Who decides what editorial content is published, and moderates public opinions. */
export const EDITOR_ROLES = ['admin', 'editor'] as const satisfies readonly Role[]

/** Who sees training's drafts and inner workings: trainers, the editors who review training, admins. */
export const TRAINING_STAFF_ROLES = ['admin', 'trainer', 'editor'] as const satisfies readonly Role[]

/** Who publishes something (editorial or training content), so may schedule it. */
export const PUBLISHER_ROLES = ['admin', 'editor', 'trainer'] as const satisfies readonly Role[]

type MaybeUser = PayloadRequest['user']

/** True when the request's user holds one of the roles. */
export const hasRole = (user: MaybeUser, ...roles: Role[]): boolean =>
  Boolean(user && 'role' in user && roles.includes(user.role as Role))

/** The Where that limits anonymous readers, partners and others to published documents. */
export const publishedOnly = { _status: { equals: 'published' } } as const
