import type { Where } from 'payload'

import { fromTable, invert, many, one, pageNumber, type SearchParams, yearParam } from '@/lib/filters/params'

/** URL words (Vietnamese, unaccented) ↔ stored values. */
export const KIND_PARAM = { 'ca-nhan': 'individual', 'tap-the': 'collective' } as const
export const STAGE_PARAM = { 'boi-duong': 'nurtured', 'nhan-rong': 'replicated', 'phat-hien': 'discovered', 'tong-ket': 'summarized' } as const
export const FLAG_PARAM = {
  'bien-gioi': 'border',
  'dan-toc-thieu-so': 'ethnicMinority',
  'hai-dao': 'island',
  'nuoc-ngoai': 'foreign',
  'truc-tiep': 'directWorker',
  'vung-sau-vung-xa': 'remote',
} as const

type Kind = (typeof KIND_PARAM)[keyof typeof KIND_PARAM]
type Stage = (typeof STAGE_PARAM)[keyof typeof STAGE_PARAM]
type Flag = (typeof FLAG_PARAM)[keyof typeof FLAG_PARAM]

export type ExemplarFilters = { flags: Flag[]; kind?: Kind; page: number; province?: string; sector?: string; stage?: Stage; year?: number }

const SLUG = /^[a-z0-9-]{1,80}$/

/** Reads the listing's filters from the URL; anything unknown or malformed is ignored. */
export const parseExemplarFilters = (params: SearchParams): ExemplarFilters => {
  const province = one(params, 'tinh')
  const sector = one(params, 'nganh')
  return {
    flags: [...new Set(many(params, 'doi-tuong').map((v) => fromTable(FLAG_PARAM, v)).filter((v): v is Flag => Boolean(v)))],
    kind: fromTable(KIND_PARAM, one(params, 'loai')),
    page: pageNumber(params),
    province: province && SLUG.test(province) ? province : undefined,
    sector: sector && SLUG.test(sector) ? sector : undefined,
    stage: fromTable(STAGE_PARAM, one(params, 'giai-doan')),
    year: yearParam(params),
  }
}

/** The same filters back as URL parameters (page excluded), for links and forms. */
export const exemplarFilterParams = (f: ExemplarFilters): Record<string, string> => {
  const params: Record<string, string> = {}
  if (f.province) params.tinh = f.province
  if (f.sector) params.nganh = f.sector
  if (f.kind) params.loai = invert(KIND_PARAM)[f.kind]
  if (f.stage) params['giai-doan'] = invert(STAGE_PARAM)[f.stage]
  if (f.year) params.nam = String(f.year)
  return params
}

export const exemplarFlagParams = (f: ExemplarFilters): string[] => f.flags.map((flag) => invertedFlag(flag))

/** Province and sector come as slugs; the caller resolves them (an unknown one matches nothing). */
export const exemplarWhere = (f: ExemplarFilters, ids: { province?: number | string; sector?: number | string }): Where => {
  const and: Where[] = []
  if (ids.province !== undefined) and.push({ province: { equals: ids.province } })
  if (ids.sector !== undefined) and.push({ sector: { equals: ids.sector } })
  if (f.kind) and.push({ kind: { equals: f.kind } })
  if (f.stage) and.push({ stage: { equals: f.stage } })
  if (f.year) and.push({ yearRecognized: { equals: f.year } })
  for (const flag of f.flags) and.push({ [`flags.${flag}`]: { equals: true } })
  return and.length ? { and } : {}
}

export const invertedFlag = (flag: Flag): string => invert(FLAG_PARAM)[flag]
