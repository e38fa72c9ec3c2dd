import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { TSX_NODE_FLAGS } from '@scripts/run-command'
import { awardRows } from '../helpers/awardRows'
import { createProvinces, importXlsx } from '../helpers/importFiles'
import { getTestPayload } from '../helpers/payload'

/**
 * `npm run import` as an operator runs it, on this file's database: what it
 * prints, its exit codes, and a SIGKILL halfway through a published import.
 */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-import-cli-'))
const args = (rest: string[]) => [...TSX_NODE_FLAGS, '--expose-gc', 'scripts/import.ts', ...rest]
const env = { ...process.env, NODE_OPTIONS: '', REVALIDATE_URL: '' }
const cli = (rest: string[]) => {
  const result = spawnSync(process.execPath, args(rest), { encoding: 'utf8', env, timeout: 120_000 })
  return { output: `${result.stdout}${result.stderr}`, status: result.status }
}

let payload: Payload
const ROWS = awardRows(1500)
const expected = new Map<string, number>()
for (const row of ROWS) expected.set(String(row.decisionNumber), (expected.get(String(row.decisionNumber)) ?? 0) + 1)
const file = path.join(dir, 'khen-thuong.xlsx')

/** Every decision as a reader may see it, with how many recipients it names. */
const published = async () => {
  const { docs } = await payload.find({ collection: 'awards', depth: 0, limit: 0, overrideAccess: false, pagination: false, select: { decisionNumber: true, otherRecipients: true, recipients: true } })
  return docs.map((d) => ({ number: d.decisionNumber, recipients: (d.recipients?.length ?? 0) + (d.otherRecipients?.length ?? 0) }))
}

beforeAll(async () => {
  payload = await getTestPayload()
  await createProvinces(payload)
  for (const name of ['Y tế', 'Giáo dục và đào tạo', 'Nông nghiệp và môi trường']) await payload.create({ collection: 'sectors', data: { name }, overrideAccess: true })
  fs.writeFileSync(file, await importXlsx({ kind: 'awards', rows: ROWS }))
}, 180_000)

describe('npm run import', () => {
  it('explains bad arguments and unreadable files, exit 2, no stack trace', () => {
    const usage = cli(['khen-thuong', file])
    expect(usage.status).toBe(2)
    expect(usage.output).toContain('Cách dùng:')
    const pdf = path.join(dir, 'quyet-dinh.xlsx')
    fs.writeFileSync(pdf, '%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n')
    const refused = cli(['awards', pdf])
    expect(refused.status).toBe(2)
    expect(refused.output).toContain('Tệp tải lên là tệp PDF, không phải bảng tính')
    expect(refused.output).not.toMatch(/\n\s+at /)
  }, 120_000)

  it('a dry run reports the rows and writes nothing (exit 0)', async () => {
    const run = cli(['awards', file, '--dry-run'])
    expect(run.status, run.output).toBe(0)
    expect(run.output).toContain(`Chạy thử: 1500 dòng, ${expected.size} quyết định, 0 dòng lỗi; chưa ghi gì`)
    expect((await payload.count({ collection: 'awards', overrideAccess: true })).totalDocs).toBe(0)
  }, 120_000)

  it('killed halfway (SIGKILL), readers see only whole decisions; the re-run finishes the work with no duplicates', async () => {
    const child = spawn(process.execPath, args(['awards', file, '--publish']), { env })
    let output = ''
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString()
        // The first progress line: one group is committed and the next is being written.
        if (/\[import\] \d+\/\d+ quyết định/.test(output) && !child.killed) child.kill('SIGKILL')
      })
      child.on('exit', () => resolve())
      child.on('error', reject)
      setTimeout(() => reject(new Error(`no progress line: ${output}`)), 110_000).unref()
    })
    expect(child.signalCode).toBe('SIGKILL')
    const afterKill = await published()
    expect(afterKill.length).toBeGreaterThan(0)
    expect(afterKill.length).toBeLessThan(expected.size)
    for (const decision of afterKill) expect(decision.recipients, decision.number).toBe(expected.get(decision.number))
    const drafts = (await payload.count({ collection: 'awards', overrideAccess: true })).totalDocs
    expect(drafts).toBe(afterKill.length)

    const rerun = cli(['awards', file, '--publish'])
    expect(rerun.status, rerun.output).toBe(0)
    expect(rerun.output).toContain(`tạo mới ${expected.size - afterKill.length}, cập nhật 0, không đổi ${afterKill.length}`)
    const final = await published()
    expect(final).toHaveLength(expected.size)
    expect(new Set(final.map((d) => d.number)).size).toBe(expected.size)
    for (const decision of final) expect(decision.recipients, decision.number).toBe(expected.get(decision.number))
  }, 240_000)

  it('rows with errors: each listed with row and column, nothing written, exit 1', async () => {
    const bad = path.join(dir, 'loi.xlsx')
    fs.writeFileSync(bad, await importXlsx({ kind: 'awards', rows: [{ ...ROWS[0], decisionNumber: '9001/QĐ-MẪU', decisionDate: '29/02/2023' }, { ...ROWS[1], decisionNumber: '9002/QĐ-MẪU', province: 'Tỉnh Không Có' }] }))
    const run = cli(['awards', bad, '--publish'])
    expect(run.status).toBe(1)
    expect(run.output).toMatch(/dòng 2, cột "Ngày quyết định": .*29\/02\/2023/)
    expect(run.output).toMatch(/dòng 3, cột "Tỉnh, thành phố": .*Tỉnh Không Có/)
    expect(run.output).toContain('chưa ghi gì')
    expect((await payload.find({ collection: 'awards', limit: 1, overrideAccess: true, where: { decisionNumber: { like: '900' } } })).totalDocs).toBe(0)
  }, 120_000)
})
