import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Exemplar, Nomination } from '@/payload-types'
import { killHard, startChildServer, type ChildServer } from '../helpers/childServer'
import { onPostgres } from '../helpers/database'
import { getTestPayload } from '../helpers/payload'
import { createUsersByRole, type UsersByRole } from '../helpers/users'

/**
 * The server process dies with SIGKILL in the middle of a stream of public
 * opinions and editors' edits, then starts again on the same database. What
 * every acknowledged (2xx) write promised must hold, and nothing half-written
 * may show.
 */
let payload: Payload
let users: UsersByRole
let nomination: Nomination
let exemplars: Exemplar[]
let server: ChildServer | undefined

const EDITORS = 3
const OPINION_STREAMS = 3

beforeAll(async () => {
  payload = await getTestPayload()
  users = await createUsersByRole(payload, 'faults')
  nomination = await payload.create({ collection: 'nominations', data: { achievements: 'Thành tích mẫu.', form: 'certificateOfMerit', nomineeName: 'Lê Thị Bền Bỉ', opensAt: new Date(Date.now() - 86_400_000).toISOString(), proposingBody: 'UBND tỉnh Thử', slug: 'chiu-loi', status: 'open', title: 'Bằng khen của Thủ tướng Chính phủ' }, overrideAccess: true })
  exemplars = []
  for (let n = 0; n < EDITORS; n++) {
    exemplars.push(await payload.create({ collection: 'exemplars', data: { _status: 'published', kind: 'individual', name: `Gương T0 ${n}`, slug: `guong-chiu-loi-${n}`, stage: 'discovered', summary: `Tóm tắt T0 ${n}` }, overrideAccess: true }))
  }
}, 180_000)

afterAll(async () => {
  if (server) await killHard(server)
})

const tokenOf = (text: string | null | undefined) => Number(/T(\d+) /.exec(text ?? '')?.[1] ?? -1)

describe('a server killed mid-write', () => {
  it('keeps every acknowledged write, shows nothing half-written, and the database stays sound', async () => {
    server = await startChildServer()
    const url = server.url
    let stop = false
    const acknowledgedOpinions = new Set<string>()
    const lastAcknowledgedEdit = new Map<number, number>()
    const headers = { authorization: `users API-Key ${users.editor.apiKey}`, 'content-type': 'application/json' }

    const opinionStream = async (stream: number) => {
      for (let n = 0; !stop; n++) {
        const text = `Ý kiến luồng ${stream} số ${n}: đồng ý với đề nghị khen thưởng.`
        const res = await fetch(`${url}/api/nominations/${nomination.id}/opinions`, {
          body: JSON.stringify({ address: 'Phường Thử', contact: `nguoi${stream}x${n}@example.vn`, fullName: `Người góp ý ${stream}-${n}`, stance: 'agree', text }),
          headers: { 'content-type': 'application/json', 'x-forwarded-for': `198.51.${stream}.${n % 250}` },
          method: 'POST',
        }).catch(() => undefined)
        if (!res) return
        if (res.ok) acknowledgedOpinions.add(text)
      }
    }
    const editStream = async (index: number) => {
      const id = exemplars[index].id
      for (let n = 1; !stop; n++) {
        const res = await fetch(`${url}/api/exemplars/${id}?locale=vi`, { body: JSON.stringify({ _status: 'published', name: `Gương T${n} ${index}`, summary: `Tóm tắt T${n} ${index}` }), headers, method: 'PATCH' }).catch(() => undefined)
        if (!res) return
        if (res.ok) lastAcknowledgedEdit.set(index, n)
      }
    }

    const streams = [...Array.from({ length: OPINION_STREAMS }, (_, s) => opinionStream(s)), ...Array.from({ length: EDITORS }, (_, e) => editStream(e))]
    // Kill once writes of both kinds have been acknowledged.
    const deadline = Date.now() + 60_000
    while ((acknowledgedOpinions.size < 15 || lastAcknowledgedEdit.size < EDITORS) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50))
    await killHard(server)
    stop = true
    await Promise.all(streams)
    expect(acknowledgedOpinions.size).toBeGreaterThanOrEqual(15)
    expect(lastAcknowledgedEdit.size).toBe(EDITORS)
    console.log(`[faults] killed after ${acknowledgedOpinions.size} acknowledged opinions and ${[...lastAcknowledgedEdit.values()].reduce((a, b) => a + b, 0)} acknowledged edits`)

    server = await startChildServer()

    if (!onPostgres) {
      const client = (payload.db as unknown as { client: { execute: (sql: string) => Promise<{ rows: Record<string, unknown>[] }> } }).client
      const check = await client.execute('PRAGMA integrity_check')
      expect(check.rows.map((row) => Object.values(row)[0])).toEqual(['ok'])
      const keys = await client.execute('PRAGMA foreign_key_check')
      expect(keys.rows).toEqual([])
    }

    const stored = await payload.find({ collection: 'opinions', limit: 0, overrideAccess: true, pagination: false, where: { nomination: { equals: nomination.id } } })
    const storedTexts = new Set(stored.docs.map((doc) => doc.text))
    for (const text of acknowledgedOpinions) expect(storedTexts.has(text), text).toBe(true)
    // Each stored opinion is whole: its parts come from the same submission.
    for (const doc of stored.docs) {
      const [, stream, n] = /luồng (\d+) số (\d+)/.exec(doc.text ?? '') ?? []
      expect(doc.fullName).toBe(`Người góp ý ${stream}-${n}`)
      expect(doc.contact).toBe(`nguoi${stream}x${n}@example.vn`)
    }

    for (const [index, exemplar] of exemplars.entries()) {
      // What a reader gets from the restarted server: name and summary from the same edit, never older than the last acknowledged one.
      const res = await fetch(`${server.url}/api/exemplars/${exemplar.id}?locale=vi&depth=0`)
      expect(res.status).toBe(200)
      const shown = (await res.json()) as Exemplar
      // On failure, say what came back: a half-written document shows here (see README, Notes: SQLite writes are not transactional).
      const seen = JSON.stringify({ name: shown.name, summary: shown.summary, _status: shown._status })
      expect(tokenOf(shown.name), seen).toBe(tokenOf(shown.summary))
      expect(tokenOf(shown.name), seen).toBeGreaterThanOrEqual(lastAcknowledgedEdit.get(index) ?? 0)
      const latest = await payload.findVersions({ collection: 'exemplars', limit: 1, overrideAccess: true, sort: '-updatedAt', where: { parent: { equals: exemplar.id } } })
      expect(tokenOf(latest.docs[0]?.version.name)).toBe(tokenOf(shown.name))
    }
  }, 240_000)
})
