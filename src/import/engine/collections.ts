import type { ImportKind } from '../types'

/** The collection each kind writes to: cluster scores update the clusters themselves. */
export const IMPORT_COLLECTION = {
  awards: 'awards',
  clusterScores: 'emulation-clusters',
  documents: 'documents',
  exemplars: 'exemplars',
} as const satisfies Record<ImportKind, string>

export type ImportCollection = (typeof IMPORT_COLLECTION)[ImportKind]
