import type { CollectionConfig } from 'payload'

import { trainingStaff } from '@/access/trainingStaff'
import { publishedOrTrainer } from './publishedOrTrainer'
import { trainersAndAdmins } from './trainersAndAdmins'

/** Access for training content (courses, lessons): drafts are seen by the same staff who see training's inner workings. */
export const trainingAccess: CollectionConfig['access'] = {
  create: trainersAndAdmins,
  delete: trainersAndAdmins,
  read: publishedOrTrainer,
  readVersions: trainingStaff,
  update: trainersAndAdmins,
}
