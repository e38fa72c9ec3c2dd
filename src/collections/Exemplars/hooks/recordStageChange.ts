import type { CollectionBeforeChangeHook } from 'payload'

type StageEntry = { changedAt: string; changedBy?: number | string | null; note?: string | null; stage: string }

/**
 * The stage history is an audit trail: it is rebuilt from the stored history
 * on every save (whatever the client sent) and grows by one dated entry,
 * with who and why, whenever the stage changes. The seed may supply a
 * backdated history through `req.context.keepStageHistory`.
 */
export const recordStageChange: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  if (req.context.keepStageHistory && Array.isArray(data.stageHistory)) return data
  const stored: StageEntry[] = Array.isArray(originalDoc?.stageHistory) ? originalDoc.stageHistory : []
  const history = stored.map(({ changedAt, changedBy, note, stage }) => ({
    changedAt,
    changedBy: typeof changedBy === 'object' && changedBy !== null ? (changedBy as { id: number | string }).id : changedBy,
    note,
    stage,
  }))
  const stage = data.stage ?? originalDoc?.stage
  const changed = operation === 'create' || (stage && stage !== originalDoc?.stage)
  if (changed && stage) {
    history.push({
      changedAt: new Date().toISOString(),
      changedBy: req.user?.id ?? null,
      note: typeof data.stageNote === 'string' && data.stageNote.trim() ? data.stageNote.trim() : null,
      stage,
    })
  }
  data.stageHistory = history
  delete data.stageNote
  return data
}
