import { describe, expect, inject, it } from 'vitest'

import { DEMO_PASSWORD, demoUsers } from '@/seed/factories/users'

const baseUrl = inject('baseUrl')
const editor = demoUsers.find((u) => u.key === 'editor')

/**
 * A scheduled publish runs in the job queue, outside any request, where
 * Next's revalidateTag cannot reach the cache. Before the purge was sent to
 * the server over HTTP (lib/cache/forwardPurge), the page kept showing the
 * old text for up to an hour after the job had published the new one.
 */
describe('a scheduled publish', () => {
  it('reaches the cached page once the queue runs it', async () => {
    const login = await fetch(`${baseUrl}/api/users/login`, { body: JSON.stringify({ email: editor?.email, password: DEMO_PASSWORD }), headers: { 'content-type': 'application/json' }, method: 'POST' })
    const auth = { authorization: `JWT ${((await login.json()) as { token: string }).token}`, 'content-type': 'application/json' }
    const me = (await (await fetch(`${baseUrl}/api/users/me`, { headers: auth })).json()) as { user: { id: number | string } }
    const { docs } = (await (await fetch(`${baseUrl}/api/exemplars?limit=1&depth=0&sort=-createdAt&where[_status][equals]=published`, { headers: auth })).json()) as { docs: { id: number | string; slug: string; summary: string }[] }
    const [exemplar] = docs
    const pageUrl = `${baseUrl}/guong-dien-hinh/${exemplar.slug}`
    const marker = `Hẹn giờ đăng ${Date.now()}`
    // The page is in the cache before the change.
    expect((await fetch(pageUrl)).status).toBe(200)

    const draft = await fetch(`${baseUrl}/api/exemplars/${exemplar.id}?draft=true`, { body: JSON.stringify({ summary: `${marker}. ${exemplar.summary}`.slice(0, 300) }), headers: auth, method: 'PATCH' })
    expect(draft.status).toBe(200)
    expect(await (await fetch(pageUrl)).text()).not.toContain(marker)
    const queued = await fetch(`${baseUrl}/api/payload-jobs`, {
      body: JSON.stringify({ input: { doc: { relationTo: 'exemplars', value: String(exemplar.id) }, type: 'publish', user: { relationTo: 'users', value: me.user.id } }, queue: 'default', taskSlug: 'schedulePublish', waitUntil: new Date().toISOString() }),
      headers: auth,
      method: 'POST',
    })
    expect(queued.status).toBe(201)

    // The queue runs every minute.
    let shown = false
    for (let waited = 0; waited < 80_000 && !shown; waited += 1_000) {
      shown = (await (await fetch(pageUrl)).text()).includes(marker)
      if (!shown) await new Promise((r) => setTimeout(r, 1_000))
    }
    expect(shown).toBe(true)
    await fetch(`${baseUrl}/api/exemplars/${exemplar.id}`, { body: JSON.stringify({ _status: 'published', summary: exemplar.summary }), headers: auth, method: 'PATCH' })
  }, 120_000)
})
