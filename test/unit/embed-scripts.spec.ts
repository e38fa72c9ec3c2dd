import vm from 'node:vm'

import { describe, expect, it } from 'vitest'

import { HEIGHT_SCRIPT } from '@/embed/height-script'
import { LOADER_SOURCE } from '@/embed/loader'
import { compactScript } from '@/embed/script-source'

type Listener = (event?: unknown) => void

/** Runs the embed page's script in a bare context with a fake parent, as if framed. */
const frame = (hash: string, height = 321.2) => {
  const posted: { data: unknown; target: string }[] = []
  const listeners: Record<string, Listener[]> = {}
  const parent = { postMessage: (data: unknown, target: string) => posted.push({ data, target }) }
  class ResizeObserver {
    observe() {}
  }
  const window = { ResizeObserver, addEventListener: (type: string, fn: Listener) => (listeners[type] ??= []).push(fn), parent }
  const document = { addEventListener: () => undefined, documentElement: { getBoundingClientRect: () => ({ height }) } }
  const location = { hash }
  vm.runInNewContext(HEIGHT_SCRIPT, { ResizeObserver, URL, document, location, self: { origin: 'https://thidua.example' }, window })
  const fire = (type: string, event?: unknown) => listeners[type]?.forEach((fn) => fn(event))
  return { fire, location, parent, posted }
}

const withOrigin = (origin: string) => `#parentOrigin=${encodeURIComponent(origin)}`

describe('the embed page height script', () => {
  it('posts its height to the parent origin named in the fragment, and only there', () => {
    const { fire, posted } = frame(withOrigin('https://bao.example'))
    fire('load')
    expect(posted).toEqual([{ data: { height: 322, type: 'thidua:embed-height' }, target: 'https://bao.example' }])
  })

  it.each(['https://bao.example/trang', 'https://ai@bao.example', 'javascript:alert(1)', 'ftp://bao.example', 'null', 'bao.example', '*'])('does not post when the parent origin is %s', (origin) => {
    const { fire, posted } = frame(withOrigin(origin))
    fire('load')
    expect(posted).toEqual([])
  })

  it('answers pings from the parent at that origin only', () => {
    const { fire, parent, posted } = frame(withOrigin('http://localhost:4000'))
    const ping = { data: { type: 'thidua:embed-ping' } }
    fire('message', { ...ping, origin: 'https://evil.example', source: parent })
    fire('message', { ...ping, origin: 'http://localhost:4000', source: {} })
    expect(posted).toEqual([])
    fire('message', { ...ping, origin: 'http://localhost:4000', source: parent })
    expect(posted).toHaveLength(1)
  })

  it("speaks WordPress's protocol when the fragment carries a secret", () => {
    const { fire, parent, posted } = frame('#?secret=Ab3dE6gH9k')
    fire('load')
    expect(posted).toEqual([{ data: { message: 'height', secret: 'Ab3dE6gH9k', value: 322 }, target: '*' }])
    fire('message', { data: { message: 'ready', secret: 'wrongsecret' }, origin: 'https://wp.example', source: parent })
    fire('message', { data: { message: 'ready', secret: 'Ab3dE6gH9k' }, origin: 'https://wp.example', source: parent })
    expect(posted).toHaveLength(2)
  })

  it('learns the parent origin when the loader adds it to a frame that has already loaded', () => {
    const { fire, location, posted } = frame('')
    fire('load')
    expect(posted).toEqual([])
    location.hash = withOrigin('https://bao.example')
    fire('hashchange')
    expect(posted).toEqual([{ data: { height: 322, type: 'thidua:embed-height' }, target: 'https://bao.example' }])
  })
})

describe('compactScript, the minifier of both scripts', () => {
  it('drops comments and line breaks but keeps words apart', () => {
    expect(compactScript('if (a) b();\n  else\n    try {\n      /* why */\n      c();\n    } catch (e) {}')).toBe('if (a) b();else try {c();} catch (e) {}')
    expect(() => new Function(LOADER_SOURCE)).not.toThrow()
    expect(() => new Function(HEIGHT_SCRIPT)).not.toThrow()
  })
})
