import type { Payload, PayloadRequest } from 'payload'

import type { ImportKind, RowIssue } from '../types'
import { IMPORT_COLLECTION } from './collections'
import { sameData } from './compare'
import { type Existing, findExisting } from './existing'
import type { RecordPlan } from './plan'
import { relieveMemory } from './memory'
import { withRetry } from './retry'
import { inTransaction as transaction } from './transaction'

export type WriteCounts = { created: number; failed: number; processed: number; unchanged: number; updated: number }

type User = PayloadRequest['user']

/** Records written per transaction: few commits, and a kill loses at most this many records' work, which a re-run redoes. */
const PER_TRANSACTION = 50

type Outcome = 'created' | 'unchanged' | 'updated'

const writeOne = async ({ existing, kind, publish, record, req }: { existing?: Existing; kind: ImportKind; publish: boolean; record: RecordPlan; req: PayloadRequest }): Promise<Outcome> => {
  const status = publish ? 'published' : 'draft'
  // The user's own rights apply when a user runs it (the admin); the command line is the server's operator.
  // One path for every kind: the plan built each record's data for its collection, so the union is narrowed by hand.
  const common = { collection: IMPORT_COLLECTION[kind] as 'awards', depth: 0, draft: !publish, locale: 'vi' as const, overrideAccess: !req.user, req, select: { id: true } as const }
  // Payload types `draft` as a literal per call; one call with a computed flag needs the looser signature.
  const create = req.payload.create.bind(req.payload) as (options: Record<string, unknown>) => Promise<unknown>
  const update = req.payload.update.bind(req.payload) as (options: Record<string, unknown>) => Promise<unknown>
  if (!existing) {
    // A record that named its document (cluster scores) never creates one: the document went away since the check.
    if (record.id !== undefined) throw new Error('không còn tìm thấy trên cổng (có thể vừa bị xóa)')
    await create({ ...common, data: { ...record.data, ...(record.slug ? { slug: record.slug } : {}), _status: status } })
    return 'created'
  }
  const same = sameData({ planned: record.data, stored: existing.stored })
  if (same && (!publish || existing.status === 'published')) return 'unchanged'
  // The whole record even when only the status changes: publishing must publish what the file says.
  await update({ ...common, data: { ...record.data, _status: status }, id: existing.id })
  return 'updated'
}

/** A refusal's own words: a validation error's field messages (Vietnamese, from the collection's hooks) rather than Payload's English summary. */
const failureReason = (error: unknown): string => {
  const fields = (error as { data?: { errors?: { message?: string }[] } } | null)?.data?.errors?.map((e) => e.message).filter(Boolean)
  if (fields?.length) return fields.join('; ')
  return error instanceof Error ? error.message : String(error)
}

/**
 * Writes the planned records. Each group of records is one transaction
 * (./transaction), so a process killed halfway leaves whole decisions or none, and a re-run
 * finds what was written by its key and carries on. A record that fails on
 * its own (a rule another hook enforces) is reported and the rest go on.
 */
export const writeRecords = async ({ kind, onProgress, payload, publish, records, user }: { kind: ImportKind; onProgress?: (counts: WriteCounts) => Promise<void> | void; payload: Payload; publish: boolean; records: RecordPlan[]; user: User }): Promise<{ counts: WriteCounts; failures: RowIssue[] }> => {
  const counts: WriteCounts = { created: 0, failed: 0, processed: 0, unchanged: 0, updated: 0 }
  const failures: RowIssue[] = []
  const existing = await findExisting({ kind, payload, records })
  const inTransaction = (group: RecordPlan[]): Promise<Outcome[]> =>
    withRetry(() =>
      transaction({
        payload,
        user,
        work: async (req) => {
          const outcomes: Outcome[] = []
          for (const record of group) outcomes.push(await writeOne({ existing: existing.get(record.key), kind, publish, record, req }))
          return outcomes
        },
      }),
    )
  for (let i = 0; i < records.length; i += PER_TRANSACTION) {
    const group = records.slice(i, i + PER_TRANSACTION)
    let outcomes: (Outcome | null)[]
    try {
      outcomes = await inTransaction(group)
    } catch {
      // Find the record that failed: each one alone, in its own transaction.
      outcomes = []
      for (const record of group) {
        try {
          outcomes.push(...(await inTransaction([record])))
        } catch (error) {
          outcomes.push(null)
          failures.push({ message: `${record.label}: không ghi được (${failureReason(error)}).`, row: record.rows[0] })
        }
      }
    }
    for (const outcome of outcomes) counts[outcome ?? 'failed']++
    counts.processed += group.length
    relieveMemory()
    await onProgress?.({ ...counts })
  }
  return { counts, failures }
}
