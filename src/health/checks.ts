import fs from 'node:fs/promises'
import path from 'node:path'
import type { Payload } from 'payload'

import { HeadBucketCommand } from '@aws-sdk/client-s3'

import { committedMigrations } from '@/lib/database/migrations'
import { UPLOAD_FOLDERS, uploadDir } from '@/lib/media/uploadDir'
import { s3Bucket } from '@/lib/storage/s3Client'
import { packDir } from '@/training/pack/storage'

export type CheckResult = { ms: number; ok: boolean; detail?: string }

/** A check that hangs counts as failed after this long: a load balancer polls often and must not pile up. */
const CHECK_TIMEOUT_MS = 3_000

/** A failure in our own words: only these reach the answer (a driver's message can name hosts, users or paths). */
class CheckFailed extends Error {}

const timed = async (check: () => Promise<string | undefined>): Promise<CheckResult> => {
  const started = performance.now()
  let timer: NodeJS.Timeout | undefined
  try {
    const detail = await Promise.race([
      check(),
      new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new CheckFailed(`no answer within ${CHECK_TIMEOUT_MS / 1000} s`)), CHECK_TIMEOUT_MS))),
    ])
    return { ms: Math.round(performance.now() - started), ok: true, ...(detail ? { detail } : {}) }
  } catch (error) {
    return { detail: error instanceof CheckFailed ? error.message : 'failed', ms: Math.round(performance.now() - started), ok: false }
  } finally {
    clearTimeout(timer)
  }
}

/** The database answers a query. */
const database = (payload: Payload) =>
  timed(async () => {
    await payload.find({ collection: 'provinces', depth: 0, limit: 1, overrideAccess: true, pagination: false, select: { code: true } })
    return undefined
  })

/** Every committed migration has run (MongoDB has none; a development database pushes its schema instead). */
const migrations = (payload: Payload) =>
  timed(async () => {
    const committed = (committedMigrations() ?? []).map((migration) => migration.name)
    if (committed.length === 0) return 'none for this database'
    const { docs } = await payload.find({ collection: 'payload-migrations', depth: 0, limit: 0, overrideAccess: true, pagination: false, select: { name: true } })
    const ran = new Set(docs.map((doc) => doc.name))
    const pending = committed.filter((name) => !ran.has(name)).length
    if (pending > 0) throw new CheckFailed(`${pending} pending`)
    return undefined
  })

/**
 * Uploads and course packs can be written: a file is created and removed in
 * each folder. With S3 storage, the bucket answers with these credentials
 * (HEAD bucket: a probe write on every poll would be billed requests).
 */
const storage = () =>
  timed(async () => {
    const s3 = s3Bucket()
    if (s3) {
      await s3.client.send(new HeadBucketCommand({ Bucket: s3.bucket })).catch(() => {
        throw new CheckFailed('cannot reach the S3 bucket')
      })
      return 's3'
    }
    for (const dir of [...Object.values(UPLOAD_FOLDERS).map(uploadDir), packDir()]) {
      const probe = path.join(dir, `.health-${process.pid}-${Date.now()}`)
      try {
        await fs.mkdir(dir, { recursive: true })
        await fs.writeFile(probe, 'ok')
        await fs.rm(probe)
      } catch {
        throw new CheckFailed(`cannot write ${path.basename(dir)}`)
      }
    }
    return undefined
  })

export const readinessChecks = async (payload: Payload): Promise<Record<string, CheckResult>> => {
  const [db, migrated, files] = await Promise.all([database(payload), migrations(payload), storage()])
  return { database: db, migrations: migrated, storage: files }
}
