import type { Where } from 'payload'

import { awardForms } from '../../collections/Awards/options'
import { one, pageNumber, type SearchParams, yearParam } from './params'

const FORMS = new Set(awardForms.map((f) => f.value))
const SLUG = /^[a-z0-9-]{1,80}$/

export type AwardFilters = { form?: string; page: number; province?: string; sector?: string; year?: number }

export const parseAwardFilters = (params: SearchParams): AwardFilters => {
  const form = one(params, 'hinh-thuc')
  const province = one(params, 'tinh')
  const sector = one(params, 'nganh')
  return {
    form: form && FORMS.has(form) ? form : undefined,
    page: pageNumber(params),
    province: province && SLUG.test(province) ? province : undefined,
    sector: sector && SLUG.test(sector) ? sector : undefined,
    year: yearParam(params),
  }
}

export const awardWhere = (f: AwardFilters, ids: { province?: number | string; sector?: number | string }): Where => {
  const and: Where[] = []
  if (f.form) and.push({ form: { equals: f.form } })
  if (f.year) and.push({ year: { equals: f.year } })
  if (ids.province !== undefined) and.push({ province: { equals: ids.province } })
  if (ids.sector !== undefined) and.push({ sector: { equals: ids.sector } })
  return and.length ? { and } : {}
}
