import { describe, expect, it } from 'vitest'

import { localeTokens, mergeTokens } from '@/search/tokens'
import { idLowerBounds } from '@/search/windows'
import { hasWord } from '@/lib/text/words'
import { indexedText } from '@/search/indexedText'

describe('search index keys', () => {
  it('fold the text into whole words, keeping title order and the body once', () => {
    const text = indexedText({ body: 'Thi đua, thi đua nữa!', summary: 'Đắk Lắk', title: 'Cà phê Đắk Lắk' })
    expect(text).toEqual({ bodyFolded: ' thi dua nua ', summaryFolded: ' dak lak ', titleFolded: ' ca phe dak lak ' })
    expect(hasWord(text.titleFolded, 'phe dak')).toBe(true)
    expect(hasWord(text.titleFolded, 'ak')).toBe(false)
  })

  it('key every word by locale, title words twice', () => {
    expect(localeTokens('vi', { bodyFolded: ' ca ', titleFolded: ' ca phe ' })).toEqual(['vi:title:ca', 'vi:title:phe', 'vi:ca', 'vi:phe'])
  })

  it("replace one locale's keys and keep the others'", () => {
    expect(mergeTokens({ locale: 'vi', next: ['vi:moi'], previous: ['vi:cu', 'vi:title:cu', 'en:old'] })).toEqual(['en:old', 'vi:moi'])
  })
})

describe('id windows', () => {
  it('reach ever further back from the newest id, the last one unbounded', () => {
    expect(idLowerBounds(30_000)).toEqual([25_000, 5_000, null])
    expect(idLowerBounds(3)).toEqual([null])
  })

  it('are one unbounded window for non-numeric ids or an empty index', () => {
    expect(idLowerBounds('65a1f0c2e4b0a1b2c3d4e5f6')).toEqual([null])
    expect(idLowerBounds(null)).toEqual([null])
  })
})
