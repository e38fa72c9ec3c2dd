import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { checkNginxAvailable, type RunningNginx, startNginx } from '@scripts/lib/nginx'

import { type Echo, type EchoUpstream, freePort, startEchoUpstream } from '../helpers/echoUpstream'

/**
 * deploy/nginx/thidua.conf.template through scripts/lib/nginx.ts, in front of
 * two echo upstreams (test/helpers/echoUpstream.ts) instead of the app: the
 * microcache and what bypasses it, the forwarded address as the app resolves
 * it, round robin, retries, and files served from disk. No build needed.
 */
const check = checkNginxAvailable()
const SKIP_REASON = check.ok ? '' : `${check.message} (REQUIRE_CLUSTER_TOOLS makes this a failure)`
const skip = !check.ok && !process.env.REQUIRE_CLUSTER_TOOLS
if (skip) console.warn(`[nginx-front] skipped: ${SKIP_REASON}`)

// Readers arrive from elsewhere; a loopback client would itself be a trusted proxy.
const externalAddress = Object.values(os.networkInterfaces()).flat().find((i) => i && i.family === 'IPv4' && !i.internal)?.address

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe.skipIf(skip)(`nginx in front of two instances${skip ? ` (skipped: ${SKIP_REASON})` : ''}`, () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-nginx-'))
  const projectRoot = path.join(dir, 'project')
  let a: EchoUpstream
  let b: EchoUpstream
  let nginx: RunningNginx
  const started: RunningNginx[] = []

  const front = async (upstreams: string[], host = '127.0.0.1') => {
    const running = await startNginx({ host, port: await freePort(), projectRoot, runtimeDir: path.join(dir, `run-${started.length}`), upstreams })
    started.push(running)
    return running
  }
  const get = async (url: string, init?: RequestInit) => {
    const response = await fetch(url, init)
    const text = await response.text()
    return { cache: response.headers.get('x-cache-status'), echo: response.headers.get('content-type') === 'application/json' ? (JSON.parse(text) as Echo) : null, response, text }
  }
  const hits = (key: string) => a.hits(key) + b.hits(key)

  beforeAll(async () => {
    fs.mkdirSync(path.join(projectRoot, '.next/static/chunks'), { recursive: true })
    fs.mkdirSync(path.join(projectRoot, 'public'), { recursive: true })
    fs.writeFileSync(path.join(projectRoot, '.next/static/chunks/app-abc123.js'), 'console.log("from disk")\n')
    fs.writeFileSync(path.join(projectRoot, 'public/huy-hieu.txt'), 'public file\n')
    a = await startEchoUpstream('a')
    b = await startEchoUpstream('b')
    nginx = await front([a.url, b.url], externalAddress)
  })

  afterAll(async () => {
    await Promise.all(started.map((n) => n.stop()))
    await Promise.all([a?.close(), b?.close()])
    fs.rmSync(dir, { force: true, recursive: true })
  })

  it('keeps an anonymous page one second, ignoring the app’s s-maxage=3600, then refreshes it', async () => {
    const first = await get(`${nginx.url}/trang-a`)
    expect(first.cache).toBe('MISS')
    const second = await get(`${nginx.url}/trang-a`)
    expect(second.cache).toBe('HIT')
    expect(second.text).toBe(first.text)
    expect(hits('GET /trang-a')).toBe(1)
    await sleep(2_100)
    // The first reader after expiry gets the previous copy while one request refreshes it.
    const expired = await get(`${nginx.url}/trang-a`)
    expect(['STALE', 'EXPIRED', 'UPDATING']).toContain(expired.cache)
    await sleep(200)
    const fresh = await get(`${nginx.url}/trang-a`)
    expect(fresh.cache).toBe('HIT')
    expect(hits('GET /trang-a')).toBe(2)
    expect(fresh.text).not.toBe(first.text)
  })

  it('bypasses and does not store the admin, the API, preview, sessions, draft mode and POST', async () => {
    const cases: { init?: RequestInit; key: string; path: string }[] = [
      { key: 'GET /admin/collections/exemplars', path: '/admin/collections/exemplars' },
      { key: 'GET /api/exemplars', path: '/api/exemplars' },
      { key: 'GET /api/media/file/anh.png', path: '/api/media/file/anh.png' },
      { key: 'GET /api/health', path: '/api/health' },
      { key: 'GET /preview', path: '/preview?slug=x' },
      { key: 'GET /trang-xem-truoc', path: '/trang-xem-truoc?preview=true' },
      { init: { headers: { cookie: 'theme=dark; payload-token=abc' } }, key: 'GET /trang-phien', path: '/trang-phien' },
      { init: { headers: { cookie: '__prerender_bypass=xyz' } }, key: 'GET /trang-nhap', path: '/trang-nhap' },
      { init: { body: '{}', method: 'POST' }, key: 'POST /trang-gui', path: '/trang-gui' },
    ]
    for (const { init, key, path: p } of cases) {
      const first = await get(`${nginx.url}${p}`, init)
      const second = await get(`${nginx.url}${p}`, init)
      expect([first.response.status, second.response.status], key).toEqual([200, 200])
      expect([first.cache ?? 'none', second.cache ?? 'none'].every((c) => c === 'none' || c === 'BYPASS'), `${key}: ${first.cache}, ${second.cache}`).toBe(true)
      expect(hits(key), key).toBe(2)
    }
    // What a session or draft reader saw was not stored for anonymous readers.
    expect((await get(`${nginx.url}/trang-phien`)).cache).toBe('MISS')
    expect((await get(`${nginx.url}/trang-nhap`)).cache).toBe('MISS')
  })

  it('never stores an answer that sets a cookie or that the app marks private or no-store', async () => {
    for (const [p, key] of [['/co-cookie?set-cookie=1', 'GET /co-cookie'], ['/rieng?cc=private,no-cache,no-store', 'GET /rieng'], ['/khong-luu?cc=no-store', 'GET /khong-luu']]) {
      const first = await get(`${nginx.url}${p}`)
      const second = await get(`${nginx.url}${p}`)
      expect(second.cache, key).toBe('MISS')
      expect(second.text, key).not.toBe(first.text)
      expect(hits(key), key).toBe(2)
    }
  })

  it('appends the reader’s address to X-Forwarded-For, so a forged entry does not become the client', async (ctx) => {
    if (!externalAddress) ctx.skip('this machine has no non-loopback IPv4 address to connect from, and a loopback client is itself trusted')
    const plain = (await get(`${nginx.url}/api/ai-goi`)).echo
    expect(plain?.xff).toBe(externalAddress)
    expect(plain?.client).toBe(externalAddress)
    const forged = (await get(`${nginx.url}/api/ai-goi`, { headers: { 'x-forwarded-for': '203.0.113.9, 127.0.0.1' } })).echo
    expect(forged?.xff).toBe(`203.0.113.9, 127.0.0.1, ${externalAddress}`)
    expect(forged?.client).toBe(externalAddress)
  })

  it('spreads requests over both instances', async () => {
    const names = new Set<string>()
    for (let i = 0; i < 6; i++) names.add((await get(`${nginx.url}/api/luan-phien`)).echo?.name ?? '')
    expect([...names].sort()).toEqual(['a', 'b'])
  })

  it('sends a GET that met a dying instance to the other one, and never a POST, PATCH, PUT or DELETE that reached it', async () => {
    const dying = await startEchoUpstream('dying')
    dying.failing = true
    try {
      const getFront = await front([a.url, dying.url])
      const before = dying.received
      const gets = [await get(`${getFront.url}/api/thu-lai`), await get(`${getFront.url}/api/thu-lai`)]
      expect(gets.map((g) => g.response.status)).toEqual([200, 200])
      expect(gets.map((g) => g.echo?.name)).toEqual(['a', 'a'])
      expect(dying.received - before).toBeGreaterThanOrEqual(1)

      // A fresh nginx per method: the dying instance is then in rotation, and round robin gives it one of the two.
      for (const method of ['POST', 'PATCH', 'PUT', 'DELETE']) {
        const writeFront = await front([a.url, dying.url])
        const key = `${method} /api/gui-mot-lan`
        const [answered, received] = [a.hits(key), dying.received]
        const writes = [await get(`${writeFront.url}/api/gui-mot-lan`, { body: '{}', method }), await get(`${writeFront.url}/api/gui-mot-lan`, { body: '{}', method })]
        expect(writes.map((w) => w.response.status).sort(), method).toEqual([200, 502])
        expect(dying.received - received, method).toBe(1)
        expect(a.hits(key) - answered, method).toBe(1)
      }
    } finally {
      await dying.close()
    }
  })

  it('sends even a POST to the other instance when the first refuses the connection (nothing was sent)', async () => {
    const refusing = await front([a.url, `http://127.0.0.1:${await freePort()}`])
    const posted = a.hits('POST /api/khong-ket-noi')
    for (let i = 0; i < 2; i++) expect((await get(`${refusing.url}/api/khong-ket-noi`, { body: '{}', method: 'POST' })).response.status).toBe(200)
    expect((await get(`${refusing.url}/api/khong-ket-noi`)).response.status).toBe(200)
    expect(a.hits('POST /api/khong-ket-noi') - posted).toBe(2)
  })

  it('serves .next/static from disk with the immutable header, and public/ files; asks the app for what is missing', async () => {
    const chunk = await fetch(`${nginx.url}/_next/static/chunks/app-abc123.js`)
    expect(chunk.status).toBe(200)
    expect(chunk.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    expect(chunk.headers.get('content-type')).toBe('application/javascript')
    expect(await chunk.text()).toBe('console.log("from disk")\n')
    expect(hits('GET /_next/static/chunks/app-abc123.js')).toBe(0)

    const file = await fetch(`${nginx.url}/huy-hieu.txt`)
    expect(await file.text()).toBe('public file\n')
    expect(hits('GET /huy-hieu.txt')).toBe(0)

    expect((await get(`${nginx.url}/_next/static/chunks/other-build.js`)).echo?.path).toBe('/_next/static/chunks/other-build.js')
    expect((await get(`${nginx.url}/robots.txt`)).echo?.path).toBe('/robots.txt')
    // The home page goes to the app even though public/ exists.
    expect((await get(`${nginx.url}/`)).echo?.path).toBe('/')
  })

  it('answers its own health check and keeps a 4 MB body limit outside the API', async () => {
    expect(await (await fetch(`${nginx.url}/nginx-health`)).text()).toBe('ok\n')
    const big = 'x'.repeat(5 * 1024 * 1024)
    expect((await fetch(`${nginx.url}/trang-lon`, { body: big, method: 'POST' })).status).toBe(413)
    expect((await fetch(`${nginx.url}/api/lon`, { body: big, method: 'POST' })).status).toBe(200)
    // PUT and DELETE take their own route (no retries); the limit holds there too.
    expect((await fetch(`${nginx.url}/trang-lon`, { body: big, method: 'DELETE' })).status).toBe(413)
  })
})
