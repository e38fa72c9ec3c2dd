/**
 * `npm run bench:backup`: time and archive size of a backup (and of restoring
 * it into a fresh target, with the manifest check) for the demo site, then
 * for the demo site plus 10 000 exemplars (BENCH_EXEMPLARS to change). Runs on
 * a throw-away SQLite database, or PostgreSQL with DATABASE_URI=postgres://…
 * (new databases there, dropped at the end). Exemplars are written straight
 * through the database adapter, each with a story of a few paragraphs, in
 * commits of a thousand, so 10 000 take minutes, not an hour.
 */
import fs from 'node:fs'
import path from 'node:path'

import { databaseUrl, dropDatabase, throwAwayName } from '@scripts/postgres-databases'
import { migratedPayload, useThrowAwayDatabase } from './throwAwayDatabase'

const dir = await useThrowAwayDatabase('backup')
const EXEMPLARS = Number(process.env.BENCH_EXEMPLARS ?? 10_000)
const PROVINCES = ['Đắk Lắk', 'Lai Châu', 'Cà Mau', 'Hà Nội', 'Nghệ An', 'Quảng Ninh']
const source = { DATABASE_URI: process.env.DATABASE_URI, MEDIA_DIR: process.env.MEDIA_DIR, SQLITE_PATH: process.env.SQLITE_PATH }
const restoreDatabases: string[] = []

const paragraph = (text: string) => ({ children: [{ detail: 0, format: 0, mode: 'normal', style: '', text, type: 'text', version: 1 }], direction: 'ltr', format: '', indent: 0, type: 'paragraph', version: 1 })
const story = (n: number) => ({
  root: { children: Array.from({ length: 4 }, (_, i) => paragraph(`Đoạn ${i + 1}: gương điển hình số ${n} ở ${PROVINCES[(n + i) % PROVINCES.length]} đã có nhiều sáng kiến trong phong trào thi đua, giúp đỡ người dân và đồng nghiệp.`)), direction: 'ltr', format: '', indent: 0, type: 'root', version: 1 },
})

/** A fresh restore target: environment as `npm run restore` would read it. */
const useFreshTarget = (label: string) => {
  const media = path.join(dir, `restore-${label}`, 'media')
  if (source.DATABASE_URI) {
    const name = throwAwayName('thidua_bench_restore')
    restoreDatabases.push(name)
    Object.assign(process.env, { DATABASE_URI: databaseUrl(source.DATABASE_URI, name), MEDIA_DIR: media })
  } else Object.assign(process.env, { MEDIA_DIR: media, SQLITE_PATH: path.join(dir, `restore-${label}`, 'restored.db') })
}

const measure = async (label: string) => {
  const { createBackup } = await import('@/backup/backup')
  const { restoreBackup } = await import('@/backup/restore')
  const out = path.join(dir, `${label}.zip`)
  let started = performance.now()
  const result = await createBackup({ log: () => undefined, out })
  const backupSeconds = (performance.now() - started) / 1000
  useFreshTarget(label)
  started = performance.now()
  await restoreBackup({ file: out, force: false, log: () => undefined })
  const restoreSeconds = (performance.now() - started) / 1000
  for (const [key, value] of Object.entries(source)) {
    if (value === undefined) delete process.env[key]
    else process.env[key] = value
  }
  console.log(
    `[bench] ${label} (${result.manifest.database.kind}): backup ${backupSeconds.toFixed(1)} s, archive ${(result.bytes / 1e6).toFixed(1)} MB (database file ${(result.manifest.files[0].size / 1e6).toFixed(1)} MB, ${result.documents} documents, ${result.uploads} uploads); restore + verify ${restoreSeconds.toFixed(1)} s`,
  )
}

const main = async () => {
  const payload = await migratedPayload()
  const { seedDemoContent } = await import('@/seed')
  const seeded = await seedDemoContent({ log: () => undefined, payload })
  console.log(`[bench] demo site seeded: ${seeded.created} documents in ${seeded.seconds.toFixed(1)} s`)
  await measure('demo site')
  const started = Date.now()
  const vi = <T>(value: T) => ({ vi: value })
  for (let from = 0; from < EXEMPLARS; from += 1_000) {
    // One commit per thousand rows rather than one per row.
    const transactionID = (await payload.db.beginTransaction()) ?? undefined
    for (let n = from; n < Math.min(EXEMPLARS, from + 1_000); n++) {
      const data = {
        _status: 'published',
        kind: n % 3 === 0 ? 'collective' : 'individual',
        name: vi(`Gương điển hình ${n}`),
        slug: `bench-backup-${n}`,
        stage: 'discovered',
        story: vi(story(n)),
        summary: vi(`Điển hình tiên tiến ở ${PROVINCES[n % PROVINCES.length]}, số ${n}`),
      }
      await payload.db.create({ collection: 'exemplars', data, req: { transactionID } })
    }
    if (transactionID !== undefined) await payload.db.commitTransaction(transactionID)
  }
  console.log(`[bench] ${EXEMPLARS} exemplars added in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  await measure(`demo site + ${EXEMPLARS} exemplars`)
  if (source.DATABASE_URI) for (const name of restoreDatabases) await dropDatabase(source.DATABASE_URI, name)
  fs.rmSync(dir, { force: true, recursive: true })
  process.exit(0)
}

main().catch((error: unknown) => {
  console.error(`[bench] ${error instanceof Error ? error.stack : String(error)}`)
  process.exit(1)
})
