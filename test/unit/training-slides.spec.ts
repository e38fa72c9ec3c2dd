import { describe, expect, it } from 'vitest'

import { matchesCourseFilters, parseCourseFilters, topicSlug } from '@/training/filters'
import { splitIntoSlides } from '@/training/slides/split'

const text = (value: string) => ({ detail: 0, format: 0, mode: 'normal', style: '', text: value, type: 'text', version: 1 })
const paragraph = (value: string) => ({ children: [text(value)], direction: 'ltr', format: '', indent: 0, type: 'paragraph', version: 1 })
const heading = (tag: 'h2' | 'h3', value: string) => ({ children: [text(value)], direction: 'ltr', format: '', indent: 0, tag, type: 'heading', version: 1 })
const body = (...children: object[]) => ({ root: { children, direction: 'ltr', format: '', indent: 0, type: 'root', version: 1 } })

describe('splitIntoSlides', () => {
  it('starts a slide at each section heading, with the opening text as its own slide', () => {
    const slides = splitIntoSlides(body(paragraph('Mở đầu'), heading('h2', 'Bối cảnh'), paragraph('Năm 1948'), heading('h3', 'Chi tiết'), heading('h2', 'Ý nghĩa'), paragraph('Ngày 11/6')))
    expect(slides.map((s) => s.heading)).toEqual([null, 'Bối cảnh', 'Ý nghĩa'])
    // Lower headings stay inside their section's slide.
    expect(JSON.stringify(slides[1]?.body)).toContain('Chi tiết')
    expect(slides[0]?.body?.root.children).toHaveLength(1)
  })

  it('falls back to h3 when there is no h2, and gives nothing for an empty or missing body', () => {
    expect(splitIntoSlides(body(heading('h3', 'Một'), paragraph('a'), heading('h3', 'Hai'))).map((s) => [s.heading, s.body === null])).toEqual([['Một', false], ['Hai', true]])
    expect(splitIntoSlides(null)).toEqual([])
    expect(splitIntoSlides(body())).toEqual([])
    expect(splitIntoSlides(body(paragraph('Chỉ một đoạn')))).toHaveLength(1)
  })
})

describe('course catalogue filters', () => {
  const course = { audience: ['officers'], topics: ['Điển hình tiên tiến', 'Hồ sơ, thủ tục khen thưởng'] }
  it('reads audience words and topic slugs from the URL, ignoring unknown values', () => {
    expect(parseCourseFilters({ 'chu-de': 'dien-hinh-tien-tien', 'doi-tuong': 'can-bo' })).toEqual({ audience: 'officers', topic: 'dien-hinh-tien-tien' })
    expect(parseCourseFilters({ 'doi-tuong': 'khong-co' }).audience).toBeUndefined()
    expect(topicSlug('Hồ sơ, thủ tục khen thưởng')).toBe('ho-so-thu-tuc-khen-thuong')
  })
  it('keeps a course when it has the audience and a topic with that slug', () => {
    expect(matchesCourseFilters(course, { audience: 'officers', topic: 'dien-hinh-tien-tien' })).toBe(true)
    expect(matchesCourseFilters(course, { audience: 'leaders' })).toBe(false)
    expect(matchesCourseFilters(course, { topic: 'tu-tuong-ho-chi-minh' })).toBe(false)
    expect(matchesCourseFilters({ audience: null, topics: null }, {})).toBe(true)
  })
})
