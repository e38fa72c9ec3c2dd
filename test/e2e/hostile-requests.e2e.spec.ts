import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { DEMO_PASSWORD, demoUsers } from '@/seed/factories/users'
import { type ApiTarget, graphqlProbes, restReadProbes, restWriteProbes } from '../helpers/hostile/apiProbes'
import { exportProbes, loginProbes, oembedProbes, opinionProbes, uploadProbes } from '../helpers/hostile/endpointProbes'
import { type Probe, sendAll, Tally } from '../helpers/hostile/send'
import { pageProbes, type SiteTarget, syndicationProbes } from '../helpers/hostile/siteProbes'

/**
 * At least 300 hostile requests against the production server (`next start`
 * on the seeded demo database): malformed, huge and deeply nested bodies and
 * queries, operators in login fields, regex and SQL metacharacters, path
 * traversal, invalid UTF-8, huge numbers and XSS probes, across the public
 * pages, feeds, embeds, oEmbed, REST, GraphQL, login, opinions, uploads,
 * exports, health and the image optimizer. Every answer must be below 500,
 * show no stack trace or file path, and never carry the probe's markup
 * unescaped. The counts per surface and status are printed at the end.
 */
const baseUrl = inject('baseUrl')
const tally = new Tally()
let site: SiteTarget
let api: ApiTarget

type Docs<T> = { docs: T[] }
const read = async <T>(path: string): Promise<T> => {
  const res = await fetch(`${baseUrl}${path}`)
  if (!res.ok) throw new Error(`${path} answered ${res.status}: the seeded demo site is needed (npm run build seeds it)`)
  return (await res.json()) as T
}

beforeAll(async () => {
  const editor = demoUsers.find((u) => u.key === 'editor')
  // Signed in first, before any hostile login: a success never counts against the address.
  const login = await fetch(`${baseUrl}/api/users/login`, { body: JSON.stringify({ email: editor?.email, password: DEMO_PASSWORD }), headers: { 'content-type': 'application/json' }, method: 'POST' })
  const token = /payload-token=([^;]+)/.exec(login.headers.get('set-cookie') ?? '')?.[1]
  if (!token) throw new Error(`the demo editor could not sign in (${login.status})`)
  const [exemplar] = (await read<Docs<{ id: number | string; slug: string }>>('/api/exemplars?limit=1&depth=0&select[slug]=true')).docs
  const [movement] = (await read<Docs<{ slug: string }>>('/api/movements?limit=1&depth=0&select[slug]=true')).docs
  const [article] = (await read<Docs<{ column: { slug: string }; slug: string }>>('/api/articles?limit=1&depth=1&select[slug]=true&select[column]=true')).docs
  const [lesson] = (await read<Docs<{ course: { slug: string }; slug: string }>>('/api/lessons?limit=1&depth=1&select[slug]=true&select[course]=true')).docs
  const [nomination] = (await read<Docs<{ id: number | string; slug: string }>>('/api/nominations?limit=1&depth=0&select[slug]=true&where[status][equals]=open')).docs
  const [media] = (await read<Docs<{ filename: string }>>('/api/media?limit=1&depth=0&select[filename]=true')).docs
  site = { article: article.slug, column: article.column.slug, course: lesson.course.slug, exemplar: exemplar.slug, lesson: lesson.slug, mediaFile: encodeURIComponent(media.filename), movement: movement.slug, nomination: nomination.slug }
  // Updates aim at a missing exemplar: the demo data stays as seeded for the other browser tests.
  api = { auth: { cookie: `payload-token=${token}` }, exemplarId: exemplar.id, nominationId: nomination.id, updateId: 99_999_999 }
})

afterAll(() => console.log(tally.summary()))

const SURFACES: [string, () => Probe[]][] = [
  ['public pages (search, listings, details, training, consultations, English)', () => pageProbes(site)],
  ['feeds, embeds, embed.js, the image optimizer and health', () => syndicationProbes(site)],
  ['REST reads', () => restReadProbes(api)],
  ['REST writes (signed in as an editor)', () => restWriteProbes(api)],
  ['GraphQL', graphqlProbes],
  ['the opinion form', () => opinionProbes(api)],
  ['uploads (signed in as an editor)', () => uploadProbes(api)],
  ['the opinion export (signed in as an editor)', () => exportProbes(api)],
  ['oEmbed', oembedProbes],
  // Last: its failed attempts count against this address (LOGIN_FAILURES_PER_ADDRESS), kept well under the limit.
  ['login', loginProbes],
]

describe('hostile requests to the production server', () => {
  for (const [surface, probes] of SURFACES) {
    it(`${surface}: no 5xx, no stack trace, no reflected markup`, async () => {
      expect(await sendAll({ baseUrl, probes: probes(), tally })).toEqual([])
    })
  }

  it('answers an image URL that is not UTF-8 with 400 (the optimizer answered 500), and still resizes a real image', async () => {
    const broken = await fetch(`${baseUrl}/_next/image?url=${encodeURIComponent('/api/media/file/%C3%28.png')}&w=64&q=75`)
    expect(broken.status).toBe(400)
    expect(await broken.text()).toMatch(/Malformed URL encoding/)
    const real = await fetch(`${baseUrl}/_next/image?url=${encodeURIComponent(`/api/media/file/${site.mediaFile}`)}&w=64&q=75`)
    expect(real.status).toBe(200)
    expect(real.headers.get('content-type')).toMatch(/^image\//)
  })

  it('sent at least 300 requests', () => {
    expect(tally.total).toBeGreaterThanOrEqual(300)
  })
})
