import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { LOGIN_FAILURES_PER_ADDRESS } from '@/collections/Users/hooks/limitLoginsPerAddress'
import { startNextServer } from '../helpers/server'

/**
 * The production server (scripts/serve.ts, what `npm start` runs) decides
 * each client's address from the socket. Each case gets its own server so
 * its login window is its own and the shared e2e server's stays clean.
 */
const loginFrom = (url: string, n: number) =>
  fetch(`${url}/api/users/login`, {
    body: JSON.stringify({ email: `khong-ai-${n}@thidua.test`, password: 'sai-mat-khau-1' }),
    headers: { 'content-type': 'application/json', 'x-forwarded-for': `203.0.113.${n + 1}` },
    method: 'POST',
  }).then((res) => res.status)

const statusesOf = async (url: string) => {
  const statuses: number[] = []
  for (let n = 0; n <= LOGIN_FAILURES_PER_ADDRESS; n++) statuses.push(await loginFrom(url, n))
  return statuses
}

describe('client addresses on the production server', () => {
  let direct: Awaited<ReturnType<typeof startNextServer>>
  let proxied: Awaited<ReturnType<typeof startNextServer>>
  beforeAll(async () => {
    direct = await startNextServer({ env: { TRUSTED_PROXIES: '' }, port: 3191 })
    proxied = await startNextServer({ env: { TRUSTED_PROXIES: 'loopback' }, port: 3192 })
  })
  afterAll(async () => Promise.all([direct?.stop(), proxied?.stop()]))

  it('counts a client with no proxy in front by its socket, whatever X-Forwarded-For it forges', async () => {
    const statuses = await statusesOf(direct.url)
    expect(statuses.slice(0, -1)).toEqual(Array<number>(LOGIN_FAILURES_PER_ADDRESS).fill(401))
    expect(statuses.at(-1)).toBe(429)
  })

  it('believes X-Forwarded-For from a trusted proxy (nginx on loopback): each forwarded client has its own window', async () => {
    const statuses = await statusesOf(proxied.url)
    expect(statuses).toEqual(Array<number>(LOGIN_FAILURES_PER_ADDRESS + 1).fill(401))
  })
})
