import type { Access } from 'payload'

import { hasRole, TRAINING_STAFF_ROLES } from './roles'

/** Trainers, the editors who review training, and admins: who may see training's inner workings (download counts, preview links). */
export const trainingStaff: Access = ({ req }) => hasRole(req.user, ...TRAINING_STAFF_ROLES)
