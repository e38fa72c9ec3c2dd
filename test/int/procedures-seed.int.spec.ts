import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { readUpload } from '@/lib/media/readUpload'
import { emptyRefs, type SeedContext } from '@/seed/context'
import { procedures } from '@/seed/data/procedures'
import { seedDocuments } from '@/seed/factories/documents'
import { seedProcedures } from '@/seed/factories/procedures'
import { getTestPayload } from '../helpers/payload'

let payload: Payload
let ctx: SeedContext

const publicProcedures = async () =>
  (await payload.find({ collection: 'procedures', depth: 1, limit: 0, overrideAccess: false, pagination: false, populate: { documents: { number: true, slug: true }, files: { filename: true, mimeType: true, title: true } } })).docs

const formIds = async () =>
  (await payload.find({ collection: 'procedures', depth: 0, draft: true, limit: 0, overrideAccess: true, pagination: false, select: { dossier: true } })).docs.flatMap((p) => (p.dossier ?? []).map((row) => row.form).filter((id) => id !== null && id !== undefined))

beforeAll(async () => {
  payload = await getTestPayload()
  const refs = emptyRefs()
  ctx = { log: () => undefined, payload, refs }
  await seedDocuments(ctx)
  expect(await seedProcedures(ctx)).toMatchObject({ existing: 0 })
}, 120_000)

describe('the procedures seed', () => {
  it('publishes real emulation procedures at every level after the 2025 reform, and keeps one draft', async () => {
    const docs = await publicProcedures()
    expect(docs.length).toBeGreaterThanOrEqual(7)
    const count = (level: string) => docs.filter((d) => d.level === level).length
    expect(count('central')).toBeGreaterThanOrEqual(3)
    expect(count('provincial')).toBeGreaterThanOrEqual(2)
    expect(count('commune')).toBeGreaterThanOrEqual(2)
    const names = docs.map((d) => d.name)
    for (const name of ['Bằng khen của Thủ tướng Chính phủ', 'Chiến sĩ thi đua toàn quốc', 'Huân chương Lao động', 'Bà mẹ Việt Nam anh hùng', 'Cờ thi đua của Chính phủ', 'Chiến sĩ thi đua cấp tỉnh', 'Giấy khen']) {
      expect(names.some((n) => n.includes(name)), name).toBe(true)
    }
    // No district level any more: nothing mentions "cấp huyện".
    expect(JSON.stringify(docs)).not.toMatch(/cấp huyện/i)
    const drafts = await payload.count({ collection: 'procedures', overrideAccess: true, where: { _status: { equals: 'draft' } } })
    expect(drafts.totalDocs).toBeGreaterThanOrEqual(1)
  })

  it('invents no national codes or deep portal links, and cites the Law and Decree 152/2025 as legal basis', async () => {
    for (const d of await publicProcedures()) {
      expect(d.code ?? '', d.name).toBe('')
      expect(d.portalUrl).toBe('https://dichvucong.gov.vn/')
      expect(d.fees).toBe('Không thu phí, lệ phí.')
      const numbers = (d.legalBasis ?? []).map((doc) => (typeof doc === 'object' ? doc.number : doc))
      expect(numbers).toEqual(expect.arrayContaining(['06/2022/QH15', '152/2025/NĐ-CP']))
      expect((d.steps ?? []).length).toBeGreaterThanOrEqual(3)
    }
  })

  it('attaches sample PDF forms titled as illustrations, shared between procedures', async () => {
    const forms = (await publicProcedures()).flatMap((d) => (d.dossier ?? []).map((row) => row.form).filter((f) => typeof f === 'object' && f !== null))
    expect(forms.length).toBeGreaterThan(10)
    const unique = new Map(forms.map((f) => [f.id, f]))
    expect(unique.size).toBeLessThan(forms.length)
    for (const form of unique.values()) {
      expect(form.title).toMatch(/^Mẫu số \d{2} – .+ \(mẫu minh họa\)$/)
      expect(form.mimeType).toBe('application/pdf')
      const chunks: Buffer[] = []
      for await (const chunk of await readUpload({ collection: 'files', filename: form.filename ?? '' })) chunks.push(chunk as Buffer)
      expect(Buffer.concat(chunks).subarray(0, 5).toString('latin1')).toBe('%PDF-')
    }
  })

  it('runs again without creating anything, and points procedures at forms it had to make again', async () => {
    const files = await payload.count({ collection: 'files', overrideAccess: true })
    expect(await seedProcedures(ctx)).toEqual({ created: 0, existing: procedures.length })
    expect(await payload.count({ collection: 'files', overrideAccess: true })).toEqual(files)
    const before = await formIds()
    // Forms lost from the library (as when a database is rebuilt without its files).
    await payload.db.deleteMany({ collection: 'files', where: { id: { in: before } } })
    expect(await seedProcedures(ctx)).toEqual({ created: 0, existing: procedures.length })
    expect(await payload.count({ collection: 'files', overrideAccess: true })).toEqual(files)
    const linked = await formIds()
    expect(linked).toHaveLength(before.length)
    const live = await payload.find({ collection: 'files', depth: 0, limit: 0, overrideAccess: true, pagination: false, where: { id: { in: linked } } })
    expect(new Set(live.docs.map((f) => f.id))).toEqual(new Set(linked))
  })
})
