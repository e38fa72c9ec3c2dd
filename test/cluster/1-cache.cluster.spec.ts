import { beforeAll, describe, expect, it } from 'vitest'

import { api, clusterState, type ClusterState, DEMO, login, page, sleep, within } from './cluster'

type Exemplar = { _status: string; id: number | string; slug: string; summary: string }

let cluster: ClusterState
let a: string
let b: string
let editorOnA: string
let exemplar: Exemplar

/** The summary holds at most 300 characters: the marker goes first. */
const withMarker = (marker: string) => `${marker}. ${exemplar.summary}`.slice(0, 300)
const pathOf = (doc: Exemplar) => `/guong-dien-hinh/${doc.slug}`
const shows = async (base: string, text: string) => (await page(`${base}${pathOf(exemplar)}`)).html.includes(text)

beforeAll(async () => {
  cluster = await clusterState()
  a = cluster.instances['app-a']
  b = cluster.instances['app-b']
  editorOnA = await login(a, DEMO.editor)
  const { json } = await api<{ docs: Exemplar[] }>(a, '/api/exemplars?limit=1&depth=0&sort=createdAt&where[_status][equals]=published', { auth: editorOnA })
  exemplar = json.docs[0]
  expect(exemplar, 'a seeded published exemplar').toBeTruthy()
})

describe('one page cache for every instance (Redis)', () => {
  it('each instance names itself, and nginx spreads readers over both', async () => {
    expect((await page(`${a}/`)).instance).toBe('app-a')
    expect((await page(`${b}/`)).instance).toBe('app-b')
    const seen = new Set<string | null>()
    for (let i = 0; i < 20; i++) seen.add((await fetch(`${cluster.front}/api/health`)).headers.get('x-instance'))
    expect([...seen].sort()).toEqual(['app-a', 'app-b'])
  })

  it('every instance serves the same build: the same static asset URLs, so a page from A loads its scripts from B', async () => {
    const assets = async (base: string) => [...(await page(`${base}/`)).html.matchAll(/\/_next\/static\/[^"'\s]+/g)].map((m) => m[0]).sort()
    const [fromA, fromB] = [await assets(a), await assets(b)]
    expect(fromA.length).toBeGreaterThan(0)
    expect(fromB).toEqual(fromA)
    for (const asset of fromA.slice(0, 5)) expect((await fetch(`${b}${asset}`)).status, asset).toBe(200)
  })

  it('a publish on A shows on B and through nginx within 2 s; a draft saved on A never shows', async () => {
    const marker = `Cập nhật thử cụm ${Date.now()}`
    // B and nginx have the page cached before the change.
    for (const base of [b, b, cluster.front, cluster.front]) expect((await page(`${base}${pathOf(exemplar)}`)).status).toBe(200)

    const publish = await api(a, `/api/exemplars/${exemplar.id}`, { auth: editorOnA, body: { _status: 'published', summary: withMarker(marker) }, method: 'PATCH' })
    expect(publish.response.status).toBe(200)
    const onB = await within(2_000, () => shows(b, marker), 'the publish on instance B')
    const onFront = await within(2_000, () => shows(cluster.front, marker), 'the publish through nginx')
    console.log(`publish on A visible on B after ${onB.toFixed(0)} ms, through nginx after ${onFront.toFixed(0)} ms`)

    const secret = `Bản nháp chưa duyệt ${Date.now()}`
    const draft = await api(a, `/api/exemplars/${exemplar.id}?draft=true`, { auth: editorOnA, body: { summary: secret }, method: 'PATCH' })
    expect(draft.response.status).toBe(200)
    for (let i = 0; i < 6; i++) {
      await sleep(500)
      for (const base of [a, b, cluster.front]) {
        expect(await shows(base, secret), `draft on ${base}`).toBe(false)
        expect(await shows(base, marker), `published text still on ${base}`).toBe(true)
        const anonymous = await api<{ summary: string }>(base, `/api/exemplars/${exemplar.id}?draft=true&depth=0`)
        expect(JSON.stringify(anonymous.json)).not.toContain(secret)
      }
    }
    // Leave the exemplar as the seed had it.
    await api(a, `/api/exemplars/${exemplar.id}`, { auth: editorOnA, body: { _status: 'published', summary: exemplar.summary }, method: 'PATCH' })
  })

  it('a scheduled publish runs exactly once, in the worker, and reaches every instance', async () => {
    const marker = `Đăng theo lịch ${Date.now()}`
    await page(`${b}${pathOf(exemplar)}`)
    const draft = await api(a, `/api/exemplars/${exemplar.id}?draft=true`, { auth: editorOnA, body: { summary: withMarker(marker) }, method: 'PATCH' })
    expect(draft.response.status).toBe(200)
    // Published versions made since the draft was saved (older versions may be pruned: Payload keeps a limited number per document).
    const since = new Date().toISOString()
    const publishedSince = async () =>
      (await api<{ totalDocs: number }>(a, `/api/exemplars/versions?limit=1&where[parent][equals]=${exemplar.id}&where[version._status][equals]=published&where[createdAt][greater_than]=${since}`, { auth: editorOnA })).json.totalDocs

    // What the admin's "schedule publish" queues: the job publishes as the editor who scheduled it.
    const me = await api<{ user: { id: number | string } }>(a, '/api/users/me', { auth: editorOnA })
    const queued = await api(a, '/api/payload-jobs', {
      auth: editorOnA,
      body: { input: { doc: { relationTo: 'exemplars', value: String(exemplar.id) }, type: 'publish', user: { relationTo: 'users', value: me.json.user.id } }, queue: 'default', taskSlug: 'schedulePublish', waitUntil: new Date(Date.now() + 2_000).toISOString() },
      method: 'POST',
    })
    expect(queued.response.status, JSON.stringify(queued.json)).toBe(201)

    // The worker looks every minute.
    await within(90_000, async () => (await shows(b, marker)) && (await shows(a, marker)) && (await shows(cluster.front, marker)), 'the scheduled publish on every instance')
    expect(await publishedSince()).toBe(1)
    // Payload deletes a job once it succeeds; one that failed stays with its error.
    const left = await api<{ docs: unknown[] }>(a, '/api/payload-jobs?depth=0&where[taskSlug][equals]=schedulePublish', { auth: editorOnA })
    expect(left.json.docs).toEqual([])
    // Past another round of the worker: still exactly one new published version.
    await sleep(5_000)
    expect(await publishedSince()).toBe(1)
    await api(a, `/api/exemplars/${exemplar.id}`, { auth: editorOnA, body: { _status: 'published', summary: exemplar.summary }, method: 'PATCH' })
  })
})
