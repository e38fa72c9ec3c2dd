import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { iframeSnippet } from '@/embed/snippets'
import { oembedDiscoveryUrl } from '@/embed/paths'
import { siteUrl } from '@/lib/urls/sitePaths'
import { createEmbedFixtures } from '../helpers/embeds'
import { startApiServer } from '../helpers/http'
import { getTestPayload } from '../helpers/payload'
import { createUsersByRole } from '../helpers/users'

// The data cache is made transparent so every request reads the database.
vi.mock('next/cache', () => ({ revalidateTag: () => undefined, unstable_cache: <T>(fn: T) => fn }))

let payload: Payload
let server: Awaited<ReturnType<typeof startApiServer>>
let f: Awaited<ReturnType<typeof createEmbedFixtures>>
const SITE = siteUrl()

beforeAll(async () => {
  payload = await getTestPayload()
  const users = await createUsersByRole(payload, 'oembed')
  f = await createEmbedFixtures(payload, users.editor, 'OE')
  server = await startApiServer()
})
afterAll(() => server.close())

const oembed = async (query: Record<string, string>) => {
  const response = await fetch(`${server.url}/api/oembed?${new URLSearchParams(query)}`)
  return { body: (await response.json()) as Record<string, unknown>, response }
}

describe('oEmbed provider, /api/oembed', () => {
  it('describes a published article as a rich embed with the iframe snippet', async () => {
    const url = `${SITE}/chuyen-muc/${f.column.slug}/${f.articles[0].slug}`
    const { body, response } = await oembed({ url })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^application\/json/)
    expect(response.headers.get('access-control-allow-origin')).toBe('*')
    const embedUrl = `${SITE}/embed/chuyen-muc/${f.column.slug}/${f.articles[0].slug}`
    expect(body).toMatchObject({
      author_name: 'Phóng viên A',
      author_url: `${SITE}/chuyen-muc/${f.column.slug}`,
      height: 640,
      html: iframeSnippet({ embedUrl, height: 640, maxWidth: 600, title: 'OE Bài 1' }),
      provider_name: 'Thi đua',
      provider_url: SITE,
      title: 'OE Bài 1',
      type: 'rich',
      version: '1.0',
      width: 600,
    })
    expect(body.cache_age).toBeTypeOf('number')
    expect(body.html).toContain('data-thidua-embed')
    expect(body.thumbnail_url).toMatch(new RegExp(`^${SITE}/api/media/file/.+`))
    expect(body.thumbnail_width).toBeLessThanOrEqual(1280)
  })

  it('covers columns, exemplars and movements, in Vietnamese and English', async () => {
    const column = await oembed({ url: `${SITE}/chuyen-muc/${f.column.slug}` })
    expect(column.body).toMatchObject({ author_name: 'OE chuyên mục', title: 'OE chuyên mục', type: 'rich' })
    const exemplar = await oembed({ url: `${SITE}/guong-dien-hinh/${f.exemplar.slug}` })
    expect(exemplar.body).toMatchObject({ author_name: 'Thi đua', title: f.exemplar.name })
    expect(exemplar.body.html).toContain('&lt;img src=x')
    expect(exemplar.body.html).not.toContain('<img')
    const english = await oembed({ url: `${SITE}/en/phong-trao/${f.movement.slug}/` })
    expect(english.body).toMatchObject({ title: 'OE movement', author_url: `${SITE}/en` })
    expect(english.body.html).toContain(`src="${SITE}/embed/phong-trao/${f.movement.slug}?lang=en"`)
    // No cover: no thumbnail fields at all (they come as a set).
    expect(Object.keys(english.body).filter((k) => k.startsWith('thumbnail'))).toEqual([])
  })

  it('honours maxwidth and maxheight, for the frame and the thumbnail', async () => {
    const url = `${SITE}/chuyen-muc/${f.column.slug}/${f.articles[0].slug}`
    const small = await oembed({ maxheight: '200', maxwidth: '300', url })
    expect(small.body).toMatchObject({ height: 200, width: 300 })
    expect(small.body.html).toContain('height="200"')
    expect(small.body.html).toContain('max-width:300px')
    expect(small.body.html).toContain('variant=compact')
    expect(Object.keys(small.body).filter((k) => k.startsWith('thumbnail'))).toEqual([])
    expect((await oembed({ maxwidth: '700', url })).body).toMatchObject({ thumbnail_height: 480, thumbnail_width: 640 })
    expect((await oembed({ maxheight: '400', maxwidth: '700', url })).body).toMatchObject({ thumbnail_height: 320, thumbnail_width: 320 })
    expect((await oembed({ maxwidth: '5000', url })).body).toMatchObject({ width: 600 })
  })

  it('the discovery URL helper points at this endpoint', async () => {
    const discovery = new URL(oembedDiscoveryUrl(`${SITE}/guong-dien-hinh/${f.exemplar.slug}`))
    expect(discovery.origin).toBe(SITE)
    const response = await fetch(`${server.url}${discovery.pathname}${discovery.search}`)
    expect(response.status).toBe(200)
  })

  it('answers 400 for a missing url or bad sizes, 501 for formats other than JSON', async () => {
    const url = `${SITE}/guong-dien-hinh/${f.exemplar.slug}`
    expect((await oembed({})).response.status).toBe(400)
    expect((await oembed({ url: '' })).response.status).toBe(400)
    for (const bad of ['0', '-5', '1.5', 'abc', '', '10px', '1e3']) {
      expect((await oembed({ maxwidth: bad, url })).response.status, `maxwidth=${bad}`).toBe(400)
      expect((await oembed({ maxheight: bad, url })).response.status, `maxheight=${bad}`).toBe(400)
    }
    const xml = await oembed({ format: 'xml', url })
    expect(xml.response.status).toBe(501)
    expect((await oembed({ format: 'yaml', url })).response.status).toBe(501)
    expect((await oembed({ format: 'json', url })).response.status).toBe(200)
  })

  it('answers 404 for foreign, unknown, unembeddable and unpublished pages', async () => {
    const urls = [
      `https://bao-khac.example/guong-dien-hinh/${f.exemplar.slug}`,
      `${SITE.replace('http:', 'https:')}/guong-dien-hinh/${f.exemplar.slug}`,
      'khong-phai-url',
      `${SITE}/`,
      `${SITE}/van-ban/mot-van-ban`,
      `${SITE}/guong-dien-hinh/khong-co-ai`,
      `${SITE}/chuyen-muc/${f.column.slug}/${f.draft.slug}`,
      `${SITE}/chuyen-muc/${f.column.slug}/${f.scheduled.slug}`,
      `${SITE}/chuyen-muc/${f.draftColumn.slug}`,
      `${SITE}/embed/guong-dien-hinh/${f.exemplar.slug}`,
    ]
    for (const url of urls) expect((await oembed({ url })).response.status, url).toBe(404)
  })
})
