import type { Payload } from 'payload'

import { FEES, PORTAL_URL, procedureForms, procedures, type SeedProcedure } from '../data/procedures'
import { handoutPdf } from '../generate/pdf'
import { asRef, findIdBy, type Id, publishState, resolve, seedOptions, type SeedContext, type StepResult } from '../context'

type Forms = { created: Set<string>; ids: Map<string, Id> }

/**
 * The sample forms as PDFs in the files library, found by title or made.
 * One at a time, as the lesson handouts: parallel uploads race for a new
 * file name when an old one is still on disk.
 */
const ensureForms = async (payload: Payload): Promise<Forms> => {
  const forms: Forms = { created: new Set(), ids: new Map() }
  for (const form of procedureForms) {
    const existing = await findIdBy({ collection: 'files', field: 'title', payload, value: form.title })
    if (existing !== undefined) {
      forms.ids.set(form.key, existing)
      continue
    }
    const data = await handoutPdf({ paragraphs: form.paragraphs, subtitle: 'Biểu mẫu kèm thủ tục hành chính về thi đua, khen thưởng', title: form.title })
    const doc = await payload.create({
      collection: 'files',
      data: { description: 'Mẫu minh họa kèm các thủ tục hành chính về thi đua, khen thưởng (không thay thế biểu mẫu chính thức).', title: form.title },
      file: { data, mimetype: 'application/pdf', name: `thu-tuc-${form.key}.pdf`, size: data.length },
      ...seedOptions,
    })
    forms.ids.set(form.key, doc.id)
    forms.created.add(form.key)
  }
  return forms
}

const dossierData = (item: SeedProcedure, forms: Forms) =>
  item.dossier.map((row) => ({ form: row.formKey ? asRef(forms.ids.get(row.formKey) as Id) : undefined, name: row.name }))

/**
 * A procedure already seeded whose sample form had to be made again (its
 * file was deleted) points at the new file. Rows an editor changed, and
 * forms that still exist, are left alone.
 */
const relinkRemadeForms = async ({ forms, id, item, payload }: { forms: Forms; id: Id; item: SeedProcedure; payload: Payload }) => {
  if (forms.created.size === 0) return
  const doc = await payload.findByID({ collection: 'procedures', id, depth: 0, draft: true, overrideAccess: true, select: { dossier: true } })
  const rows = doc.dossier ?? []
  const linked = rows.map((row) => row.form).filter((form): form is number => form !== null && form !== undefined && typeof form !== 'object')
  const { docs: live } = await payload.find({ collection: 'files', depth: 0, limit: 0, overrideAccess: true, pagination: false, select: {}, where: { id: { in: linked } } })
  const liveIds = new Set(live.map((f) => String(f.id)))
  let changed = false
  const next = rows.map((row, i) => {
    const seedRow = item.dossier[i]
    const stillThere = row.form !== null && row.form !== undefined && liveIds.has(String(row.form))
    if (!seedRow?.formKey || !forms.created.has(seedRow.formKey) || seedRow.name !== row.name || stillThere) return row
    changed = true
    return { ...row, form: asRef(forms.ids.get(seedRow.formKey) as Id) }
  })
  if (changed) await payload.update({ collection: 'procedures', id, data: { ...publishState(item.draft), dossier: next }, draft: item.draft, ...seedOptions })
}

/** Administrative procedures (src/seed/data/procedures.ts), their sample forms and legal basis. */
export const seedProcedures = async ({ payload, refs }: SeedContext): Promise<StepResult> => {
  const forms = await ensureForms(payload)
  const result: StepResult = { created: 0, existing: 0 }
  for (const item of procedures) {
    const existing = await findIdBy({ collection: 'procedures', field: 'slug', payload, value: item.key })
    if (existing !== undefined) {
      await relinkRemadeForms({ forms, id: existing, item, payload })
      result.existing++
      continue
    }
    await payload.create({
      collection: 'procedures',
      data: {
        ...publishState(item.draft),
        agency: item.agency,
        applicants: item.applicants.join('\n'),
        copies: item.copies,
        dossier: dossierData(item, forms),
        fees: FEES,
        field: 'Thi đua, khen thưởng',
        legalBasis: resolve(refs.documents, item.legalBasisKeys, 'document'),
        level: item.level,
        name: item.name,
        portalUrl: PORTAL_URL,
        processingTime: item.processingTime,
        result: item.result,
        slug: item.key,
        steps: item.steps,
        summary: item.summary,
      },
      draft: item.draft,
      ...seedOptions,
    })
    result.created++
  }
  return result
}
