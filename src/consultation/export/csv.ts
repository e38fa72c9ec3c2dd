import { toCsv } from '@/lib/spreadsheets/csv'
import type { Opinion } from '@/payload-types'
import { OPINION_EXPORT_HEADER, opinionRows } from './rows'

/** Opinions for moderators' spreadsheets, through the register's formula-safe CSV writer. */
export const opinionsToCsv = (opinions: Opinion[]): string => toCsv([OPINION_EXPORT_HEADER, ...opinionRows(opinions)])
