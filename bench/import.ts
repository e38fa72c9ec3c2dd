/**
 * `npm run bench:import`: 10 000 award rows (about 3 recipients per decision,
 * BENCH_IMPORT_ROWS to change) brought in by `npm run import` on a throw-away
 * SQLite database (or PostgreSQL with DATABASE_URI=postgres://…): a dry run,
 * the import itself (published), and the same file again (nothing new).
 * Prints each run's time and the import process's memory, as it reports it.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { TSX_NODE_FLAGS } from '@scripts/run-command'
import { awardRows } from '../test/helpers/awardRows'
import { migratedPayload, useThrowAwayDatabase } from './throwAwayDatabase'

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 10_000)
const dir = await useThrowAwayDatabase('import')

const payload = await migratedPayload()
const { provinces } = await import('@/seed/data/provinces')
for (const p of provinces) await payload.create({ collection: 'provinces', data: { code: p.code, kind: p.kind, name: p.name }, overrideAccess: true })
for (const name of ['Y tế', 'Giáo dục và đào tạo', 'Nông nghiệp và môi trường']) await payload.create({ collection: 'sectors', data: { name }, overrideAccess: true })
const { importXlsx } = await import('../test/helpers/importFiles')
const file = path.join(dir, 'khen-thuong.xlsx')
const started = performance.now()
const rows = awardRows(ROWS)
fs.writeFileSync(file, await importXlsx({ kind: 'awards', rows }))
console.log(`[bench] ${ROWS} dòng, ${new Set(rows.map((r) => r.decisionNumber)).size} quyết định, tệp ${(fs.statSync(file).size / 1024 / 1024).toFixed(1)} MB (tạo trong ${((performance.now() - started) / 1000).toFixed(1)} s)`)
await payload.destroy()

const run = (label: string, flags: string[]) => {
  const began = performance.now()
  const result = spawnSync(process.execPath, [...TSX_NODE_FLAGS, '--expose-gc', 'scripts/import.ts', 'awards', file, ...flags], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' }, maxBuffer: 64 * 1024 * 1024 })
  const seconds = (performance.now() - began) / 1000
  const summary = `${result.stdout}`.trim().split('\n').pop() ?? ''
  if (result.status !== 0) throw new Error(`${label}: exit ${result.status}\n${result.stdout}\n${result.stderr}`)
  console.log(`[bench] ${label.padEnd(22)} ${seconds.toFixed(1).padStart(6)} s  ${summary.replace('[import] ', '')}`)
  return seconds
}

const dry = run('chạy thử (--dry-run)', ['--dry-run'])
const first = run('nhập lần đầu', ['--publish'])
const again = run('nhập lại cùng tệp', ['--publish'])
console.log(`[bench] Tóm tắt: ${ROWS} dòng: chạy thử ${dry.toFixed(1)} s, nhập ${first.toFixed(1)} s (mục tiêu < 60 s), nhập lại ${again.toFixed(1)} s (tính cả khởi động tiến trình).`)
process.exit(0)
