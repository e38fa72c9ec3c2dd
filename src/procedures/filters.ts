import type { ProcedureLevel } from '@/collections/Procedures/options'
import { fromTable, invert, one, pageNumber, type SearchParams } from '@/lib/filters/params'

/** URL words (Vietnamese, unaccented) ↔ stored levels, in the order the listing shows them. */
export const PROCEDURE_LEVEL_PARAM = { 'trung-uong': 'central', tinh: 'provincial', xa: 'commune' } as const satisfies Record<string, ProcedureLevel>

export type ProcedureFilters = { level?: ProcedureLevel; page: number }

/** Reads the listing's filters from the URL; an unknown level means all levels, a bad page the first. */
export const parseProcedureFilters = (params: SearchParams): ProcedureFilters => ({
  level: fromTable(PROCEDURE_LEVEL_PARAM, one(params, 'cap')),
  page: pageNumber(params),
})

/** The URL word for a level (`cap=tinh`). */
export const levelParam = (level: ProcedureLevel): string => invert(PROCEDURE_LEVEL_PARAM)[level]

/** The filters back as URL parameters (page excluded), for links and forms. */
export const procedureFilterParams = (f: ProcedureFilters): Record<string, string> => (f.level ? { cap: levelParam(f.level) } : {})
