import type { Where } from 'payload'

import { foldedQuery } from '@/collections/Awards/foldedText'
import { awardForms } from '@/collections/Awards/options'
import { one, pageNumber, type SearchParams, yearParam } from '@/lib/filters/params'

const FORMS = new Set(awardForms.map((f) => f.value))
const SLUG = /^[a-z0-9-]{1,80}$/

/** `name` and `issuer` are already folded (" nguyen van"), ready for `contains`. */
export type AwardFilters = { form?: string; issuer?: string; movement?: string; name?: string; page: number; province?: string; sector?: string; year?: number }

const slug = (params: SearchParams, key: string): string | undefined => {
  const value = one(params, key)
  return value && SLUG.test(value) ? value : undefined
}

export const parseAwardFilters = (params: SearchParams): AwardFilters => {
  const form = one(params, 'hinh-thuc')
  return {
    form: form && FORMS.has(form) ? form : undefined,
    issuer: foldedQuery(one(params, 'cap')),
    movement: slug(params, 'phong-trao'),
    name: foldedQuery(one(params, 'ten')),
    page: pageNumber(params),
    province: slug(params, 'tinh'),
    sector: slug(params, 'nganh'),
    year: yearParam(params),
  }
}

/** The filters as URL parameters (readable text, not the folded form), for links that keep them. */
export const awardParams = (f: AwardFilters): Record<string, string> => {
  const params: Record<string, string> = {}
  if (f.name) params.ten = f.name.trim()
  if (f.issuer) params.cap = f.issuer.trim()
  if (f.form) params['hinh-thuc'] = f.form
  if (f.year) params.nam = String(f.year)
  if (f.province) params.tinh = f.province
  if (f.sector) params.nganh = f.sector
  if (f.movement) params['phong-trao'] = f.movement
  return params
}

export const awardWhere = (f: AwardFilters, ids: { province?: number | string; sector?: number | string }): Where => {
  const and: Where[] = []
  if (f.form) and.push({ form: { equals: f.form } })
  if (f.year) and.push({ year: { equals: f.year } })
  if (f.name) and.push({ recipientNamesFolded: { contains: f.name } })
  if (f.issuer) and.push({ issuerFolded: { contains: f.issuer } })
  if (f.movement) and.push({ 'movement.slug': { equals: f.movement } })
  if (ids.province !== undefined) and.push({ province: { equals: ids.province } })
  if (ids.sector !== undefined) and.push({ sector: { equals: ids.sector } })
  return and.length ? { and } : {}
}
