import { describe, expect, it } from 'vitest'

import { en } from '@/i18n/dictionaries/en'
import { vi } from '@/i18n/dictionaries/vi'
import { alternatesFor } from '@/lib/seo/alternates'
import { localizePath, pathsFor, unlocalizePath } from '@/lib/urls/sitePaths'
import { publicPathFor } from '@/lib/urls/publicContent'

/** Every leaf of a dictionary, as `path → value`. */
const leaves = (value: unknown, prefix = ''): [string, unknown][] =>
  value && typeof value === 'object' ? Object.entries(value).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k)) : [[prefix, value]]

describe('site dictionaries', () => {
  it('give English every key Vietnamese has, none empty', () => {
    const viKeys = leaves(vi).map(([k]) => k)
    expect(leaves(en).map(([k]) => k).sort()).toEqual(viKeys.sort())
    for (const [key, value] of leaves(en)) {
      if (typeof value === 'string') expect(value.trim(), key).not.toBe('')
    }
  })

  it('format counts and dates in each language', () => {
    expect(vi.exemplars.count(3)).toBe('3 gương điển hình')
    expect(en.exemplars.count(1)).toBe('1 exemplar')
    expect(en.exemplars.count(3)).toBe('3 exemplars')
    expect(en.common.decision('12/QĐ-TTg', '11/06/2025')).toBe('Decision No. 12/QĐ-TTg of 11/06/2025')
  })
})

describe('localized paths', () => {
  it('keep Vietnamese at the root and put English under /en with the same slugs', () => {
    expect(localizePath('vi', '/guong-dien-hinh/a')).toBe('/guong-dien-hinh/a')
    expect(localizePath('en', '/guong-dien-hinh/a')).toBe('/en/guong-dien-hinh/a')
    expect(localizePath('en', '/')).toBe('/en')
    expect(unlocalizePath('/en')).toBe('/')
    expect(unlocalizePath('/en/phong-trao')).toBe('/phong-trao')
    expect(unlocalizePath('/english-is-not-a-prefix')).toBe('/english-is-not-a-prefix')
    expect(pathsFor('en').article('cot', 'bai')).toBe('/en/chuyen-muc/cot/bai')
    expect(pathsFor('en').home).toBe('/en')
    expect(pathsFor('vi').exemplars).toBe('/guong-dien-hinh')
    expect(publicPathFor('lessons', { course: { slug: 'khoa' }, slug: 'bai' }, 'en')).toBe('/en/dao-tao/khoa/bai')
  })

  it('give every page a canonical in its own language and hreflang for both', () => {
    expect(alternatesFor('en', '/van-ban/x')).toEqual({ canonical: '/en/van-ban/x', languages: { en: '/en/van-ban/x', vi: '/van-ban/x', 'x-default': '/van-ban/x' } })
    expect(alternatesFor('vi', '/').canonical).toBe('/')
  })
})
