import type { Payload, PayloadRequest } from 'payload'

import { columnsFor } from '../columns'
import { readSpreadsheet } from '../read'
import { headerKey } from '../read/table'
import type { ImportKind, ReadResult, RowIssue } from '../types'
import { planAwards } from './awards/plan'
import { loadClusters } from './clusterScores/lookups'
import { planClusterScores } from './clusterScores/plan'
import { planDocuments } from './documents'
import { planExemplars } from './exemplars'
import { loadLookups } from './lookups'
import type { Plan } from './plan'
import { purgeImported } from './purge'
import { type WriteCounts, writeRecords } from './write'

export type CheckResult = { read: ReadResult; plan: Plan }

/** Reads and checks a file; writes nothing. Throws ImportFileError for a file that cannot be read at all. */
export const checkFile = async ({ bytes, filename, kind, payload }: { bytes: Uint8Array; filename: string; kind: ImportKind; payload: Payload }): Promise<CheckResult> => {
  const read = await readSpreadsheet({ bytes, filename, kind })
  const columns = columnsFor(kind)
  if (kind === 'documents') return { plan: planDocuments({ columns, rows: read.rows }), read }
  if (kind === 'clusterScores') {
    const { plan, usedColumns } = planClusterScores({ columns, lookups: await loadClusters({ payload }), rows: read.rows })
    // Criterion columns are read, not ignored: the report lists only what was left out.
    return { plan, read: { ...read, ignoredColumns: read.ignoredColumns.filter((h) => !usedColumns.has(headerKey(h))) } }
  }
  const lookups = await loadLookups({ payload })
  return { plan: kind === 'awards' ? planAwards({ columns, lookups, rows: read.rows }) : planExemplars({ columns, lookups, rows: read.rows }), read }
}

export type ImportOutcome = CheckResult & { counts: WriteCounts | null; failures: RowIssue[]; written: boolean }

const RECORD_WORD: Record<ImportKind, string> = { awards: 'quyết định', clusterScores: 'cụm, khối', documents: 'văn bản', exemplars: 'gương điển hình' }

/** One line for the end of the command and the admin's status. */
export const summaryLine = ({ counts, kind, plan, written }: Pick<ImportOutcome, 'counts' | 'plan' | 'written'> & { kind: ImportKind }): string => {
  const word = RECORD_WORD[kind]
  const rejected = new Set(plan.issues.map((i) => i.row)).size
  const head = `${plan.rows} dòng, ${plan.records.length} ${word}, ${rejected} dòng lỗi`
  if (!written || !counts) return `${head}; chưa ghi gì${rejected ? ' (sửa các dòng lỗi rồi nhập lại, hoặc chọn bỏ qua dòng lỗi)' : ' (chạy thử)'}.`
  const tail = counts.created === 0 && counts.updated === 0 ? ': tệp đã được nhập trước đó, không có gì mới' : ''
  return `${head}; tạo mới ${counts.created}, cập nhật ${counts.updated}, không đổi ${counts.unchanged}${counts.failed ? `, lỗi khi ghi ${counts.failed}` : ''}${tail}.`
}

/**
 * Checks the whole file, then writes it unless it is a dry run or rows were
 * rejected (`skipInvalid` writes the decisions whose rows are all good).
 * The command line and the admin's job both come here.
 */
export const importFile = async (args: {
  bytes: Uint8Array
  dryRun?: boolean
  filename: string
  kind: ImportKind
  onChecked?: (check: CheckResult) => Promise<void> | void
  onProgress?: (counts: WriteCounts) => Promise<void> | void
  payload: Payload
  publish: boolean
  skipInvalid?: boolean
  user?: PayloadRequest['user']
}): Promise<ImportOutcome> => {
  const check = await checkFile(args)
  await args.onChecked?.(check)
  const blocked = check.plan.issues.length > 0 && !args.skipInvalid
  if (args.dryRun || blocked) return { ...check, counts: null, failures: [], written: false }
  const { counts, failures } = await writeRecords({ kind: args.kind, onProgress: args.onProgress, payload: args.payload, publish: args.publish, records: check.plan.records, user: args.user ?? null })
  if (counts.created + counts.updated > 0) await purgeImported({ kind: args.kind })
  return { ...check, counts, failures, written: true }
}
