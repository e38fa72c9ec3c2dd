import { createHash } from 'node:crypto'
import { gzipSync } from 'node:zlib'

import type { Payload } from 'payload'
import { beforeAll, describe, expect, it, vi } from 'vitest'

import { createEmbedFixtures, HOSTILE } from '../helpers/embeds'
import { getTestPayload } from '../helpers/payload'
import { createUsersByRole, type UsersByRole } from '../helpers/users'

// The data cache is made transparent so every request reads the database.
vi.mock('next/cache', () => ({ revalidateTag: () => undefined, unstable_cache: <T>(fn: T) => fn }))

type Handler = (request: Request, context: { params: Promise<{ path: string[] }> }) => Promise<Response>
let embedGET: Handler
let loaderGET: (request: Request) => Response
let payload: Payload
let users: UsersByRole
let f: Awaited<ReturnType<typeof createEmbedFixtures>>

const ORIGIN = 'http://localhost:3000'

/** GET /embed/<path>, through the route handler with a real Request. */
const embed = async (pathAndQuery: string) => {
  const url = new URL(`/embed/${pathAndQuery}`, ORIGIN)
  const path = url.pathname.split('/').filter(Boolean).slice(1).map(decodeURIComponent)
  const response = await embedGET(new Request(url), { params: Promise.resolve({ path }) })
  return { html: await response.text(), response }
}

beforeAll(async () => {
  payload = await getTestPayload()
  users = await createUsersByRole(payload, 'embed')
  f = await createEmbedFixtures(payload, users.editor, 'Nhúng')
  embedGET = (await import('@/app/embed/[...path]/route')).GET
  loaderGET = (await import('@/app/embed.js/route')).GET
})

const titles = (html: string) => [...html.matchAll(/<h2><a [^>]*>([^<]*)<\/a><\/h2>/g)].map((m) => m[1])

describe('embed pages', () => {
  it('a column shows its newest five live articles by default, and n of them when asked', async () => {
    const { html, response } = await embed(`chuyen-muc/${f.column.slug}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(html).toMatch(/^<!doctype html>\n<html lang="vi" class="light full">/)
    expect(titles(html)).toEqual([1, 2, 3, 4, 5].map((i) => `Nhúng Bài ${i}`))
    expect(html).toContain('Tóm tắt 1')
    expect(titles((await embed(`chuyen-muc/${f.column.slug}?n=20`)).html)).toHaveLength(8)
    expect(titles((await embed(`chuyen-muc/${f.column.slug}?n=1`)).html)).toEqual(['Nhúng Bài 1'])
  })

  it.each(['0', '21', '-1', '1.5', 'abc', '', '5%20'])('n=%s is refused with a clear 400', async (n) => {
    const { html, response } = await embed(`chuyen-muc/${f.column.slug}?n=${n}`)
    expect(response.status).toBe(400)
    expect(html).toContain('n must be a whole number from 1 to 20')
    expect(response.headers.get('content-security-policy')).toContain('frame-ancestors *')
  })

  it('an article, an exemplar and a movement each render with an attribution link to their page', async () => {
    const article = await embed(`chuyen-muc/${f.column.slug}/${f.articles[0].slug}`)
    expect(article.response.status).toBe(200)
    expect(article.html).toContain(`<p class="src">Nguồn: <a href="${ORIGIN}/chuyen-muc/${f.column.slug}/${f.articles[0].slug}" target="_blank" rel="noopener">Thi đua</a>`)
    expect(article.html).toContain('CC BY 4.0')
    expect(article.html).toMatch(/<img src="\/api\/media\/file\/[^"]+" alt="Chân dung"/)
    expect(article.html).toContain('href="https://example.org/nguon" target="_blank" rel="noopener"')
    const exemplar = await embed(`guong-dien-hinh/${f.exemplar.slug}`)
    expect(exemplar.response.status).toBe(200)
    expect(exemplar.html).toContain('Bồi dưỡng')
    expect(exemplar.html).toContain('2024: Chiến sĩ thi đua')
    const movement = await embed(`phong-trao/${f.movement.slug}`)
    expect(movement.html).toContain('Thi đua là yêu nước')
    expect(movement.html).toContain(`href="${ORIGIN}/phong-trao/${f.movement.slug}"`)
  })

  it('escapes hostile names everywhere, and every link opens our site in a new tab', async () => {
    const { html } = await embed(`guong-dien-hinh/${f.exemplar.slug}`)
    expect(html).not.toContain('<img src=x')
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &#39;Tên&#39; &quot;lạ&quot;')
    expect(html).toContain(`<title>Nhúng &lt;img src=x`)
    expect(HOSTILE).toContain('<img')
    for (const page of [html, (await embed(`chuyen-muc/${f.column.slug}/${f.articles[0].slug}`)).html, (await embed(`chuyen-muc/${f.column.slug}`)).html]) {
      const anchors = page.match(/<a\b[^>]*>/g) ?? []
      expect(anchors.length).toBeGreaterThan(0)
      for (const a of anchors) expect(a).toMatch(/ target="_blank" rel="noopener">$/)
    }
  })

  it('follows theme, variant and language', async () => {
    const dark = await embed(`chuyen-muc/${f.column.slug}?theme=dark&variant=compact`)
    expect(dark.html).toContain('<html lang="vi" class="dark compact">')
    expect(dark.html).not.toContain('Tóm tắt 1')
    const compactArticle = await embed(`chuyen-muc/${f.column.slug}/${f.articles[0].slug}?variant=compact`)
    expect(compactArticle.html).not.toContain('trang nguồn')
    expect(compactArticle.html).toContain('Đọc tiếp trên Thi đua')
    const english = await embed(`phong-trao/${f.movement.slug}?lang=en`)
    expect(english.html).toContain('<html lang="en"')
    expect(english.html).toContain('Nhúng movement')
    expect(english.html).toContain(`href="${ORIGIN}/en/phong-trao/${f.movement.slug}"`)
    expect(english.html).not.toContain('class="note"')
    const fallback = await embed(`phong-trao/${f.untranslated.slug}?lang=en`)
    expect(fallback.html).toContain('<h1 lang="vi">')
    expect(fallback.html).toContain('Not yet translated')
    for (const bad of ['theme=blue', 'variant=tiny', 'lang=fr']) expect((await embed(`phong-trao/${f.movement.slug}?${bad}`)).response.status).toBe(400)
  })

  it('never shows drafts, unpublished columns or articles dated in the future', async () => {
    const column = await embed(`chuyen-muc/${f.column.slug}?n=20`)
    expect(column.html).not.toContain('Bài nháp')
    expect(column.html).not.toContain('Bài hẹn giờ')
    expect((await embed(`chuyen-muc/${f.column.slug}/${f.draft.slug}`)).response.status).toBe(404)
    expect((await embed(`chuyen-muc/${f.column.slug}/${f.scheduled.slug}`)).response.status).toBe(404)
    expect((await embed(`chuyen-muc/${f.draftColumn.slug}`)).response.status).toBe(404)
    // A published exemplar with a newer draft: the embed keeps the published text.
    await payload.update({ collection: 'exemplars', data: { name: 'Tên bản nháp mới' }, draft: true, id: f.exemplar.id, overrideAccess: false, user: users.editor })
    expect((await embed(`guong-dien-hinh/${f.exemplar.slug}`)).html).not.toContain('Tên bản nháp mới')
  })

  it('answers 404 in the frame for unknown pages and path shapes', async () => {
    for (const path of ['guong-dien-hinh/khong-co', 'chuyen-muc/x/y/z', 'van-ban/abc', 'guong-dien-hinh/CHU-HOA', `chuyen-muc/khac/${f.articles[0].slug}`]) {
      const { html, response } = await embed(path)
      expect(response.status, path).toBe(404)
      expect(html).toContain('không tồn tại hoặc chưa được công bố')
    }
  })

  it('sends a CSP that lets anyone frame it and allows only its own style and script', async () => {
    const { html, response } = await embed(`guong-dien-hinh/${f.exemplar.slug}`)
    const csp = response.headers.get('content-security-policy') ?? ''
    const hashOf = (tag: string) => `'sha256-${createHash('sha256').update(html.match(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`))?.[1] ?? '').digest('base64')}'`
    expect(csp).toContain("default-src 'none'")
    expect(csp).toContain('frame-ancestors *')
    expect(csp).toContain(`script-src ${hashOf('script')}`)
    expect(csp).toContain(`style-src ${hashOf('style')}`)
    expect(csp).toContain("img-src 'self'")
    expect(response.headers.get('x-frame-options')).toBeNull()
    expect(response.headers.get('cache-control')).toMatch(/^public, max-age=\d+/)
    expect(html.match(/<script/g)).toHaveLength(1)
  })
})

describe('the loader, /embed.js', () => {
  it('is small, cacheable and revalidates with its ETag', async () => {
    const response = loaderGET(new Request(`${ORIGIN}/embed.js`))
    const source = await response.text()
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(gzipSync(source).length).toBeLessThanOrEqual(1536)
    expect(() => new Function(source)).not.toThrow()
    const etag = response.headers.get('etag') ?? ''
    expect(etag).toMatch(/^"[\w-]+"$/)
    expect(response.headers.get('cache-control')).toContain('max-age=86400')
    const again = loaderGET(new Request(`${ORIGIN}/embed.js`, { headers: { 'if-none-match': etag } }))
    expect(again.status).toBe(304)
  })
})

describe('security headers for the rest of the site (next.config headers)', () => {
  /** The headers Next sends for a path: every matching rule in order, a later one replacing an earlier key. */
  const headersFor = async (path: string, publicUrl = 'http://localhost:3000') => {
    const { getPathMatch } = await import('next/dist/shared/lib/router/utils/path-match')
    const { securityHeaders } = await import('@/lib/http/securityHeaders')
    const sent: Record<string, string> = {}
    for (const rule of securityHeaders(publicUrl)) {
      if (getPathMatch(rule.source, { removeUnnamedParams: true, strict: true })(path)) for (const { key, value } of rule.headers) sent[key] = value
    }
    return sent
  }

  it("allows only 'self' to frame pages, and leaves /embed/… to its own policy", async () => {
    for (const path of ['/', '/guong-dien-hinh/a', '/en/chuyen-muc/b', '/admin', '/admin/collections/exemplars', '/preview', '/embed.js']) {
      const sent = await headersFor(path)
      expect(sent['X-Frame-Options'], path).toBe('SAMEORIGIN')
      expect(sent['Content-Security-Policy'], path).toContain("frame-ancestors 'self'")
    }
    for (const path of ['/embed/guong-dien-hinh/a', '/embed/chuyen-muc/b/c']) {
      const sent = await headersFor(path)
      expect(sent['Content-Security-Policy'], path).toBeUndefined()
      expect(sent['X-Frame-Options'], path).toBeUndefined()
    }
  })

  it('sends the same hardening everywhere, a site policy with no other origin, and the admin its own', async () => {
    const page = await headersFor('/guong-dien-hinh/a')
    expect(page).toMatchObject({ 'Cross-Origin-Opener-Policy': 'same-origin', 'Referrer-Policy': 'strict-origin-when-cross-origin', 'X-Content-Type-Options': 'nosniff' })
    expect(page['Permissions-Policy']).toContain('camera=()')
    for (const directive of ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"]) expect(page['Content-Security-Policy']).toContain(directive)
    expect(page['Content-Security-Policy']).not.toMatch(/https?:|\*|unsafe-eval/)
    const admin = await headersFor('/admin/collections/exemplars')
    expect(admin['Content-Security-Policy']).toContain("worker-src 'self' blob:")
    expect((await headersFor('/admin'))['Content-Security-Policy']).toBe(admin['Content-Security-Policy'])
    expect((await headersFor('/'))['X-Content-Type-Options']).toBe('nosniff')
    expect(admin['Content-Security-Policy']).not.toEqual(page['Content-Security-Policy'])
    expect((await headersFor('/embed/guong-dien-hinh/a'))['X-Content-Type-Options']).toBe('nosniff')
  })

  it('adds HSTS and upgrade-insecure-requests only when the public URL is https', async () => {
    expect((await headersFor('/'))['Strict-Transport-Security']).toBeUndefined()
    expect((await headersFor('/'))['Content-Security-Policy']).not.toContain('upgrade-insecure-requests')
    const secure = await headersFor('/', 'https://thidua.example.vn')
    expect(secure['Strict-Transport-Security']).toBe('max-age=31536000; includeSubDomains')
    expect(secure['Content-Security-Policy']).toContain('upgrade-insecure-requests')
  })
})
