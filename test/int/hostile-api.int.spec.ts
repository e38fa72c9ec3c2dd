import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { resetRateLimits } from '@/lib/server/rateLimit'
import { type ApiTarget, graphqlProbes, restReadProbes, restWriteProbes } from '../helpers/hostile/apiProbes'
import { exportProbes, loginProbes, oembedProbes, opinionProbes, uploadProbes } from '../helpers/hostile/endpointProbes'
import { type Probe, sendAll, Tally } from '../helpers/hostile/send'
import { startApiServer } from '../helpers/http'
import { getTestPayload } from '../helpers/payload'
import { createUsersByRole } from '../helpers/users'

vi.mock('next/cache', () => ({ revalidateTag: () => undefined, unstable_cache: <T>(fn: T) => fn }))

/**
 * The API half of the hostile-request suite (test/e2e/hostile-requests.e2e.spec.ts
 * sends these and the public pages to the production server), here over HTTP
 * on a temp database so it also runs on PostgreSQL. No 5xx, no stack trace,
 * no reflected markup.
 */
let server: Awaited<ReturnType<typeof startApiServer>>
let target: ApiTarget
const tally = new Tally()

beforeAll(async () => {
  const payload = await getTestPayload()
  const users = await createUsersByRole(payload, 'hostile')
  const exemplar = await payload.create({ collection: 'exemplars', data: { _status: 'published', kind: 'individual', name: 'Gương thử nghiệm', stage: 'discovered' }, overrideAccess: true })
  const nomination = await payload.create({ collection: 'nominations', data: { achievements: 'Thành tích mẫu.', form: 'certificateOfMerit', nomineeName: 'Người được đề nghị', opensAt: new Date(Date.now() - 86_400_000).toISOString(), proposingBody: 'UBND tỉnh Thử', status: 'open', title: 'Bằng khen thử nghiệm' }, overrideAccess: true })
  target = { auth: { authorization: `users API-Key ${users.editor.apiKey}` }, exemplarId: exemplar.id, nominationId: nomination.id, updateId: exemplar.id }
  server = await startApiServer()
}, 120_000)
afterAll(async () => {
  console.log(tally.summary())
  await server?.close()
})

const SURFACES: [string, (t: ApiTarget) => Probe[]][] = [
  ['REST reads', restReadProbes],
  ['REST writes', restWriteProbes],
  ['GraphQL', graphqlProbes],
  ['the opinion form', opinionProbes],
  ['uploads', uploadProbes],
  ['the opinion export', exportProbes],
  ['oEmbed', oembedProbes],
  ['login', loginProbes],
]

describe('hostile requests to the API', () => {
  for (const [surface, probesFor] of SURFACES) {
    it(`${surface}: every answer is a clean 2xx-4xx without a stack trace or reflected markup`, async () => {
      resetRateLimits()
      const failures = await sendAll({ baseUrl: server.url, probes: probesFor(target), tally })
      expect(failures).toEqual([])
    })
  }
})
