import { describe, expect, it } from 'vitest'

import { contactKey, isPersonsOpinion, maskContact, personQuery } from '@/consultation/personalData/match'
import { addMonths, decidedAt } from '@/consultation/retention/dueNominations'
import { retentionOf } from '@/consultation/retention/options'

describe('opinion retention dates', () => {
  it('adds calendar months, ending on the month’s last day when the day does not exist', () => {
    expect(addMonths(new Date('2026-01-31T05:00:00.000Z'), 1).toISOString()).toBe('2026-02-28T05:00:00.000Z')
    expect(addMonths(new Date('2027-11-15T00:00:00.000Z'), 12).toISOString()).toBe('2028-11-15T00:00:00.000Z')
    expect(addMonths(new Date('2026-03-31T00:00:00.000Z'), -1).toISOString()).toBe('2026-02-28T00:00:00.000Z')
  })

  it('counts from the award decision’s date, the withdrawal, or not at all while the council has not decided', () => {
    const dates = new Map([['7', '2025-05-01T00:00:00.000Z']])
    const base = { updatedAt: '2026-06-01T00:00:00.000Z', withdrawnAt: null }
    expect(decidedAt({ ...base, decision: 7, id: 1, status: 'decided' }, dates)?.toISOString()).toBe('2025-05-01T00:00:00.000Z')
    expect(decidedAt({ ...base, decision: 8, id: 1, status: 'decided' }, dates)?.toISOString()).toBe(base.updatedAt)
    expect(decidedAt({ ...base, id: 1, status: 'withdrawn', withdrawnAt: '2025-09-09T00:00:00.000Z' }, dates)?.toISOString()).toBe('2025-09-09T00:00:00.000Z')
    for (const status of ['draft', 'open', 'closed'] as const) expect(decidedAt({ ...base, id: 1, status }, dates)).toBeNull()
  })

  it('fills in the defaults for a setting never saved or out of range', () => {
    expect(retentionOf(null)).toEqual({ mode: 'anonymise', months: 12 })
    expect(retentionOf({ mode: 'delete', months: 0 })).toEqual({ mode: 'delete', months: 12 })
    expect(retentionOf({ mode: 'other', months: 24 })).toEqual({ mode: 'anonymise', months: 24 })
  })
})

describe('matching a person’s contact', () => {
  it('reads one email or phone however it was typed, and refuses anything else', () => {
    expect(contactKey(' An.Tran@Example.VN ')).toBe('an.tran@example.vn')
    expect(['0912 345 678', '0912.345.678', '+84912345678', '+84 912-345-678'].map(contactKey)).toEqual(Array(4).fill('0912345678'))
    for (const bad of ['', 'abc', '12345', '0912 345 67', `${'a'.repeat(250)}@x.vn`]) expect(contactKey(bad)).toBeNull()
  })

  it('narrows by name without regard to case, spacing or Unicode composition', () => {
    const query = personQuery({ contact: '0987654321', name: ' PHẠM  văn chung ' })
    if (typeof query === 'string') throw new Error(query)
    expect(isPersonsOpinion({ contact: '0987.654.321', fullName: 'Phạm Văn Chung'.normalize('NFD') }, query)).toBe(true)
    expect(isPersonsOpinion({ contact: '0987.654.321', fullName: 'Phạm Thị Chung' }, query)).toBe(false)
    expect(isPersonsOpinion({ contact: '', fullName: 'Phạm Văn Chung' }, query)).toBe(false)
  })

  it('masks the contact kept in the request log', () => {
    expect(maskContact('an.tran@example.vn')).toBe('an***@example.vn')
    expect(maskContact('0912345678')).toBe('091*****78')
  })
})
