import type { CollectionConfig } from 'payload'

import { hasRole, PUBLISHER_ROLES } from '@/access/roles'
import { admins } from '@/access/admins'

/**
 * Scheduled publishing is a job. By default Payload lets any logged-in user
 * (partners included) read, queue and run jobs, which would reveal what is
 * scheduled and let a contributor publish through the queue.
 */
const publishers = ({ req }: { req: { user?: unknown } }) =>
  hasRole(req.user as Parameters<typeof hasRole>[0], ...PUBLISHER_ROLES)

export const jobsAccess = { cancel: publishers, queue: publishers, run: publishers }

export const restrictJobsCollection = ({ defaultJobsCollection }: { defaultJobsCollection: CollectionConfig }): CollectionConfig => ({
  ...defaultJobsCollection,
  access: { ...defaultJobsCollection.access, create: publishers, delete: admins, read: publishers, update: publishers },
})
