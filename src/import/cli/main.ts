import fs from 'node:fs'

import type { Payload } from 'payload'

import { ImportFileError } from '../types'
import { IMPORT_MAX_BYTES } from '../read'
import { findClusterYear } from '../engine/clusterScores/lookups'
import { buildTemplate } from '../templates'
import { clusterYearTemplate } from '../templates/clusterScores'
import { importFile, summaryLine } from '../engine/run'
import type { CliArgs } from './args'
import { progressReporter } from './progress'
import { checkReport } from './report'

const WORD = { awards: 'quyết định', clusterScores: 'cụm, khối', documents: 'văn bản', exemplars: 'gương điển hình' } as const

/** Exit codes: 0 written (or a clean dry run), 1 rows rejected so nothing was written, 2 the file could not be read. */
export const runFileImport = async ({ args, payload }: { args: Extract<CliArgs, { mode: 'file' }>; payload: Payload }): Promise<number> => {
  const started = Date.now()
  if (!fs.existsSync(args.file)) throw new ImportFileError('notSpreadsheet', `Không tìm thấy tệp ${args.file}.`)
  if (fs.statSync(args.file).size > IMPORT_MAX_BYTES) throw new ImportFileError('tooLarge', `Tệp lớn hơn ${IMPORT_MAX_BYTES / 1024 / 1024} MB; hãy chia thành nhiều tệp nhỏ hơn.`)
  const bytes = fs.readFileSync(args.file)
  let progress: ReturnType<typeof progressReporter> | undefined
  const outcome = await importFile({
    ...args,
    bytes,
    filename: args.file,
    onChecked: (check) => {
      for (const out of checkReport(check)) console.log(out)
      const blocked = check.plan.issues.length > 0 && !args.skipInvalid
      if (!args.dryRun && !blocked) progress = progressReporter({ total: check.plan.records.length, word: WORD[args.kind] })
    },
    onProgress: (counts) => progress?.update(counts),
    payload,
  })
  progress?.done()
  for (const failure of outcome.failures) console.log(`[import] dòng ${failure.row}: ${failure.message}`)
  const memory = Math.round(process.memoryUsage().rss / 1024 / 1024)
  console.log(`[import] ${args.dryRun ? 'Chạy thử: ' : ''}${summaryLine({ ...outcome, kind: args.kind })} (${((Date.now() - started) / 1000).toFixed(1)} s, bộ nhớ ${memory} MB)`)
  if (outcome.written) return outcome.counts?.failed ? 1 : 0
  return outcome.plan.issues.length ? 1 : 0
}

/** A cluster's own score template (`--cluster`, `--year`) reads the database: the caller passes Payload for it. */
export const writeTemplate = async (args: Extract<CliArgs, { mode: 'template' }>, payload?: Payload): Promise<number> => {
  if (args.cluster && args.year) {
    if (!payload) throw new Error('Mẫu điểm của một cụm, khối cần kết nối cơ sở dữ liệu.')
    const found = await findClusterYear({ cluster: args.cluster, payload, year: args.year })
    if ('error' in found) {
      console.error(`[import] ${found.error}`)
      return 2
    }
    fs.writeFileSync(args.out, await clusterYearTemplate(found))
  } else fs.writeFileSync(args.out, await buildTemplate(args.kind))
  console.log(`[import] Đã ghi tệp mẫu ${args.out}.`)
  return 0
}
