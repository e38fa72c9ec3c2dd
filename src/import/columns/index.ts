import type { ColumnSpec, ImportKind } from '@/import/types'

import { awardColumns } from './awards'
import { documentColumns } from './documents'
import { exemplarColumns } from './exemplars'

export { awardColumns, documentColumns, exemplarColumns }

const COLUMNS: Record<ImportKind, ColumnSpec[]> = { awards: awardColumns, documents: documentColumns, exemplars: exemplarColumns }

/** The template's data sheet name; a sheet so named is preferred when several could be the data. */
const SHEET_NAMES: Record<ImportKind, string> = { awards: 'Khen thưởng', documents: 'Văn bản', exemplars: 'Gương điển hình' }

export const columnsFor = (kind: ImportKind): ColumnSpec[] => COLUMNS[kind]

export const templateSheetName = (kind: ImportKind): string => SHEET_NAMES[kind]

/** The template's notes sheet: it lists the headers down a column, so the reader never takes it for data. */
export const NOTES_SHEET_NAME = 'Hướng dẫn'
