import { parseAtomFeed, parseJsonFeed, parseRssFeed } from 'feedsmith'
import { describe, expect, it } from 'vitest'

import { categoriesOf } from '@/feeds/items'
import type { FeedDocument } from '@/feeds/model'
import { renderFeed } from '@/feeds/render'
import { escapeHtml } from '@/lib/html/escape'

const TITLE = 'Lúa & cá <đồng> ]]> "mùa mới"'
const SUMMARY = 'Tóm tắt & <chú ý>'
const CONTENT = '<p>Nội dung có ]]> ở giữa</p>'

/** Text an editor may type anywhere, and an original JPEG (no WebP variant) as the image. */
const doc: FeedDocument = {
  description: 'Mô tả & <b>',
  entries: [
    {
      authors: ['Ngô & Lê'],
      categories: categoriesOf(['Thi đua & <khen thưởng>', ' thi  đua ', 'Thi đua & <khen thưởng>']),
      contentHtml: CONTENT,
      id: 'tag:localhost,2026:articles/1',
      image: { length: 1234, mimeType: 'image/jpeg', title: 'Ảnh & <chú thích>', url: 'http://localhost:3000/api/media/file/anh%20bia.jpg' },
      link: 'http://localhost:3000/chuyen-muc/a/b',
      published: '2026-01-01T01:00:00.000Z',
      rights: { holder: 'Ban & Co', licence: 'CC BY <4.0>' },
      summary: SUMMARY,
      title: TITLE,
      updated: '2026-01-02T01:00:00.000Z',
    },
  ],
  link: 'http://localhost:3000/chuyen-muc',
  name: 'bai-viet',
  publisher: 'Ban & Co',
  rights: { attribution: 'Ghi "nguồn" & tác giả', holder: 'Ban & Co', licence: 'CC BY 4.0' },
  title: 'Tin & "ảnh" <mới>',
  updated: '2026-01-02T01:00:00.000Z',
}

describe('rendering feeds', () => {
  it('categories lose angle brackets, extra spaces and repeats', () => {
    expect(doc.entries[0].categories).toEqual(['Thi đua & khen thưởng', 'thi đua'])
  })

  it('RSS keeps plain-text titles as written and escapes the HTML description', () => {
    const rss = parseRssFeed(renderFeed(doc, 'rss'))
    expect(rss.title).toBe(doc.title)
    expect(rss.copyright).toBe('© Ban & Co. Giấy phép: CC BY 4.0. Ghi "nguồn" & tác giả.')
    const item = rss.items?.[0]
    expect(item?.title).toBe(TITLE)
    expect(item?.description).toBe(escapeHtml(SUMMARY))
    expect(item?.content?.encoded).toBe(CONTENT)
    expect(item?.categories?.map((c) => c.name)).toEqual(['Thi đua & khen thưởng', 'thi đua'])
    expect(item?.enclosures).toEqual([{ length: 1234, type: 'image/jpeg', url: 'http://localhost:3000/api/media/file/anh%20bia.jpg' }])
  })

  it('Atom escapes its html-typed text and states the real image type, not one guessed from .jpg', () => {
    const atom = parseAtomFeed(renderFeed(doc, 'atom'))
    expect(atom.xml?.lang).toBe('vi')
    const entry = atom.entries?.[0]
    expect(entry?.title).toEqual({ type: 'html', value: escapeHtml(TITLE) })
    expect(entry?.summary).toEqual({ type: 'html', value: escapeHtml(SUMMARY) })
    expect(entry?.content).toEqual({ type: 'html', value: CONTENT })
    expect(entry?.rights?.value).toBe('© Ban & Co. Giấy phép: CC BY <4.0>.')
    expect(entry?.links?.find((l) => l.rel === 'enclosure')).toEqual({ href: 'http://localhost:3000/api/media/file/anh%20bia.jpg', length: 1234, rel: 'enclosure', type: 'image/jpeg' })
  })

  it('JSON Feed keeps plain text as written', () => {
    const json = parseJsonFeed(JSON.parse(renderFeed(doc, 'json')))
    const item = json.items?.[0]
    expect(item?.title).toBe(TITLE)
    expect(item?.summary).toBe(SUMMARY)
    expect(item?.attachments?.[0]).toEqual({ mime_type: 'image/jpeg', size_in_bytes: 1234, title: 'Ảnh & <chú thích>', url: 'http://localhost:3000/api/media/file/anh%20bia.jpg' })
  })

  it('gives the same bytes for the same document (the ETag depends on it)', () => {
    for (const format of ['rss', 'atom', 'json'] as const) expect(renderFeed(doc, format)).toBe(renderFeed(structuredClone(doc), format))
  })
})
