import fs from 'node:fs/promises'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { uploadDir } from '@/lib/media/uploadDir'
import { startApiServer } from '../helpers/http'
import { getTestPayload } from '../helpers/payload'

let payload: Payload
let server: Awaited<ReturnType<typeof startApiServer>>

type Ready = { checks: Record<string, { detail?: string; ms: number; ok: boolean }>; status: string }

beforeAll(async () => {
  payload = await getTestPayload()
  const { liveness, readiness } = await import('@/health/routes')
  server = await startApiServer({
    siteRoutes: (url) => (url.pathname === '/api/health' ? async () => liveness() : url.pathname === '/api/health/ready' ? readiness : null),
  })
})
afterAll(async () => server?.close())

const ready = async () => {
  const res = await fetch(`${server.url}/api/health/ready`)
  return { body: (await res.json()) as Ready, res }
}

describe('health', () => {
  it('liveness answers 200 and is never cached', async () => {
    const res = await fetch(`${server.url}/api/health`)
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect(await res.json()).toEqual({ status: 'ok' })
  })

  it('readiness checks the database, the migrations and writable storage, and leaks nothing', async () => {
    const { body, res } = await ready()
    expect(res.status).toBe(200)
    expect(body.status).toBe('ready')
    expect(Object.keys(body.checks).sort()).toEqual(['database', 'migrations', 'storage'])
    expect(Object.values(body.checks).every((check) => check.ok && typeof check.ms === 'number')).toBe(true)
    const text = JSON.stringify(body)
    for (const secret of [process.env.PAYLOAD_SECRET, process.env.DATABASE_URI, process.env.MEDIA_DIR, process.version, 'payload', 'next']) {
      if (secret) expect(text).not.toContain(secret)
    }
  })

  it('is not ready (503) while a committed migration has not run, and ready again once it has', async () => {
    const { docs } = await payload.find({ collection: 'payload-migrations', overrideAccess: true, pagination: false, sort: '-name' })
    const last = docs[0]
    await payload.delete({ collection: 'payload-migrations', id: last.id, overrideAccess: true })
    try {
      const { body, res } = await ready()
      expect(res.status).toBe(503)
      expect(body).toMatchObject({ checks: { database: { ok: true }, migrations: { detail: '1 pending', ok: false } }, status: 'not ready' })
    } finally {
      await payload.create({ collection: 'payload-migrations', data: { batch: last.batch, name: last.name }, overrideAccess: true })
    }
    expect((await ready()).res.status).toBe(200)
  })

  it('is not ready (503) when uploads cannot be written, naming the folder and not its path', async () => {
    const images = uploadDir('images')
    const moved = `${images}.away`
    await fs.mkdir(images, { recursive: true })
    await fs.rename(images, moved)
    // A file where the folder should be: nothing can be written into it, even as root.
    await fs.writeFile(images, 'not a folder')
    try {
      const { body, res } = await ready()
      expect(res.status).toBe(503)
      expect(body.checks.storage).toMatchObject({ detail: 'cannot write images', ok: false })
      expect(JSON.stringify(body)).not.toContain(images)
    } finally {
      await fs.rm(images)
      await fs.rename(moved, images)
    }
    expect((await ready()).res.status).toBe(200)
  })
})
