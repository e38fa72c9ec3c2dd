import { describe, expect, it } from 'vitest'

import { canonicalQuery, LISTING_PARAMS, paramsFromKey } from '@/lib/filters/canonical'
import { parseExemplarFilters } from '@/exemplars/filters'

const exemplarKeys = LISTING_PARAMS['/guong-dien-hinh']

describe('canonical filter keys for cached listings', () => {
  it('give equivalent URLs the same key', () => {
    const a = canonicalQuery(new URLSearchParams('tinh=ha-noi&doi-tuong=hai-dao&doi-tuong=bien-gioi'), exemplarKeys)
    const b = canonicalQuery(new URLSearchParams('doi-tuong=bien-gioi&tinh=ha-noi&doi-tuong=hai-dao&doi-tuong=hai-dao&utm_source=x'), exemplarKeys)
    expect(a).toBe(b)
    expect(a).toBe('doi-tuong=bien-gioi&doi-tuong=hai-dao&tinh=ha-noi')
  })

  it('drop unknown keys and malformed values, so junk never creates pages', () => {
    expect(canonicalQuery(new URLSearchParams('foo=bar&tinh=%3Cscript%3E&nam=2024'), exemplarKeys)).toBe('nam=2024')
    expect(canonicalQuery(new URLSearchParams(`tinh=${'a'.repeat(500)}`), exemplarKeys)).toBe('')
  })

  it('round-trip into the same parsed filters', () => {
    const key = canonicalQuery(new URLSearchParams('tinh=lai-chau&doi-tuong=bien-gioi&doi-tuong=truc-tiep&trang=2'), exemplarKeys)
    const filters = parseExemplarFilters(paramsFromKey(encodeURIComponent(key)))
    expect(filters).toMatchObject({ flags: ['border', 'directWorker'], page: 2, province: 'lai-chau' })
  })
})

describe('malformed filter keys', () => {
  it('mean no filters rather than an error', () => {
    expect(paramsFromKey('%ZZ')).toEqual({})
  })
})
