import type { Where } from 'payload'

import { fromTable, one, pageNumber, type SearchParams, yearParam } from '@/lib/filters/params'

export const MOVEMENT_TYPE_PARAM = { 'chuyen-de': 'thematic', 'thuong-xuyen': 'annual', 'theo-dot': 'periodic' } as const
export const MOVEMENT_STATUS_PARAM = { 'da-so-ket': 'reviewed', 'da-tong-ket': 'concluded', 'dang-trien-khai': 'active', 'sap-phat-dong': 'upcoming' } as const
export const MOVEMENT_LEVEL_PARAM = { bo: 'ministry', 'co-so': 'grassroots', tinh: 'provincial', 'toan-quoc': 'national' } as const

type Values<T> = T[keyof T]
export type MovementFilters = {
  level?: Values<typeof MOVEMENT_LEVEL_PARAM>
  page: number
  status?: Values<typeof MOVEMENT_STATUS_PARAM>
  type?: Values<typeof MOVEMENT_TYPE_PARAM>
  year?: number
}

export const parseMovementFilters = (params: SearchParams): MovementFilters => ({
  level: fromTable(MOVEMENT_LEVEL_PARAM, one(params, 'cap')),
  page: pageNumber(params),
  status: fromTable(MOVEMENT_STATUS_PARAM, one(params, 'trang-thai')),
  type: fromTable(MOVEMENT_TYPE_PARAM, one(params, 'loai')),
  year: yearParam(params),
})

/** A year selects the movements running at any time during it. */
export const movementWhere = (f: MovementFilters): Where => {
  const and: Where[] = []
  if (f.type) and.push({ type: { equals: f.type } })
  if (f.status) and.push({ status: { equals: f.status } })
  if (f.level) and.push({ level: { equals: f.level } })
  if (f.year) {
    and.push({ 'period.start': { less_than: new Date(`${f.year + 1}-01-01T00:00:00+07:00`).toISOString() } })
    and.push({ or: [{ 'period.end': { exists: false } }, { 'period.end': { greater_than_equal: new Date(`${f.year}-01-01T00:00:00+07:00`).toISOString() } }] })
  }
  return and.length ? { and } : {}
}
