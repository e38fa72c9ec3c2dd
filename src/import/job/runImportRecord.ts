import { buffer } from 'node:stream/consumers'

import type { Payload, PayloadRequest } from 'payload'

import { readUpload } from '@/lib/media/readUpload'
import type { Import } from '@/payload-types'
import { importFile, summaryLine } from '../engine/run'
import { withRetry } from '../engine/retry'
import type { WriteCounts } from '../engine/write'
import { ImportFileError } from '../types'

type ImportPatch = Partial<Pick<Import, 'counts' | 'finishedAt' | 'heartbeatAt' | 'status' | 'summary'>>

/**
 * The admin's confirmed upload, written by the import process (the job
 * starts it: src/import/job/task.ts). It writes as the editor who uploaded
 * the file, with that editor's rights, and keeps the record's counts and
 * heartbeat current so the admin view shows a live count.
 */
export const runImportRecord = async ({ importId, payload }: { importId: string; payload: Payload }): Promise<number> => {
  const record = await payload.findByID({ collection: 'imports', depth: 0, id: importId, overrideAccess: true })
  const patch = async (data: ImportPatch): Promise<void> => {
    await withRetry(() => payload.update({ collection: 'imports', data, depth: 0, id: record.id, overrideAccess: true, select: { status: true } }))
  }
  const creatorId = typeof record.createdBy === 'object' && record.createdBy ? record.createdBy.id : record.createdBy
  const creator = creatorId ? await payload.findByID({ collection: 'users', depth: 0, id: creatorId, overrideAccess: true }) : null
  const user = creator ? ({ ...creator, collection: 'users' } as PayloadRequest['user']) : null
  try {
    if (!user) throw new Error('Không tìm thấy người tải tệp lên; hãy tải tệp lên lại.')
    await patch({ heartbeatAt: new Date().toISOString(), status: 'running' })
    const bytes = await buffer(await readUpload({ collection: 'imports', filename: record.filename ?? '' }))
    const outcome = await importFile({
      bytes,
      filename: record.filename ?? 'tep',
      kind: record.kind,
      onProgress: (c: WriteCounts) => patch({ counts: { ...record.counts, created: c.created, processed: c.processed, unchanged: c.unchanged, updated: c.updated }, heartbeatAt: new Date().toISOString() }),
      payload,
      publish: Boolean(record.publish),
      skipInvalid: Boolean(record.skipInvalid),
      user,
    })
    const summary = summaryLine({ ...outcome, kind: record.kind })
    await patch({ finishedAt: new Date().toISOString(), status: outcome.written ? 'done' : 'rejected', summary })
    console.log(`[import] ${summary}`)
    return 0
  } catch (error) {
    const message = error instanceof ImportFileError || error instanceof Error ? error.message : String(error)
    await patch({ finishedAt: new Date().toISOString(), status: 'failed', summary: `Thất bại: ${message}` })
    throw error
  }
}
