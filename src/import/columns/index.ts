import type { ColumnSpec, ImportKind } from '@/import/types'

import { awardColumns } from './awards'
import { clusterScoreColumns } from './clusterScores'
import { documentColumns } from './documents'
import { exemplarColumns } from './exemplars'

export { awardColumns, clusterScoreColumns, documentColumns, exemplarColumns }

const COLUMNS: Record<ImportKind, ColumnSpec[]> = { awards: awardColumns, clusterScores: clusterScoreColumns, documents: documentColumns, exemplars: exemplarColumns }

/** The template's data sheet name; a sheet so named is preferred when several could be the data. */
const SHEET_NAMES: Record<ImportKind, string> = { awards: 'Khen thưởng', clusterScores: 'Điểm thi đua', documents: 'Văn bản', exemplars: 'Gương điển hình' }

export const columnsFor = (kind: ImportKind): ColumnSpec[] => COLUMNS[kind]

export const templateSheetName = (kind: ImportKind): string => SHEET_NAMES[kind]

/**
 * Kinds whose columns are not all known in advance (a cluster's criterion
 * codes): the reader keeps the cells of headers no column claims, by header,
 * for the kind's plan to read or refuse.
 */
export const keepsOtherColumns = (kind: ImportKind): boolean => kind === 'clusterScores'

/** The template's notes sheet: it lists the headers down a column, so the reader never takes it for data. */
export const NOTES_SHEET_NAME = 'Hướng dẫn'
