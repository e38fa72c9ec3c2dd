import { describe, expect, it } from 'vitest'

import { foldVietnamese, slugify, toSearchText } from '@/lib/text/vietnamese'

describe('Vietnamese text folding', () => {
  it('maps đ→d and strips every tone and vowel mark', () => {
    expect(foldVietnamese('Đắk Lắk')).toBe('Dak Lak')
    expect(foldVietnamese('thi đua ái quốc')).toBe('thi dua ai quoc')
    expect(foldVietnamese('Ưu tiên ở hải đảo, biên giới')).toBe('Uu tien o hai dao, bien gioi')
  })

  it('folds precomposed and decomposed input alike', () => {
    const decomposed = 'Hồ Chí Minh'.normalize('NFD')
    expect(foldVietnamese(decomposed)).toBe('Ho Chi Minh')
  })

  it('makes search text lower-case and single-spaced', () => {
    expect(toSearchText('  Thi   ĐUA  ')).toBe('thi dua')
  })
})

describe('slugify', () => {
  it('turns a Vietnamese title into a URL slug', () => {
    expect(slugify('Cả nước chung sức xây dựng nông thôn mới')).toBe('ca-nuoc-chung-suc-xay-dung-nong-thon-moi')
    expect(slugify('Đắk Lắk: thi đua!')).toBe('dak-lak-thi-dua')
    expect(slugify('06/2022/QH15')).toBe('06-2022-qh15')
  })

  it('never ends with a dash when it cuts a long title', () => {
    const slug = slugify('Phong trào thi đua '.repeat(20), 40)
    expect(slug.length).toBeLessThanOrEqual(40)
    expect(slug.endsWith('-')).toBe(false)
  })

  it('returns an empty string for text with no letters or digits', () => {
    expect(slugify('—!?')).toBe('')
  })
})
