import type { CollectionSlug, Payload } from 'payload'

import { articleTranslations, columnTranslations, documentTranslations, exemplarTranslations } from '../data/translations'
import { toRichText } from '../generate/lexical'
import { findIdBy, type Id, type SeedContext, seedOptions, type StepResult } from '../context'

/** Whether a document already has English text in `field` (read without falling back to Vietnamese). */
const hasEnglish = async ({ collection, field, id, payload }: { collection: CollectionSlug; field: string; id: Id; payload: Payload }) => {
  const { docs } = await payload.find({ collection, depth: 0, fallbackLocale: false, limit: 1, locale: 'en', overrideAccess: true, pagination: false, select: { [field]: true }, where: { id: { equals: id } } })
  const value = (docs[0] as unknown as Record<string, unknown> | undefined)?.[field]
  return typeof value === 'string' && value.length > 0
}

type Job = { collection: CollectionSlug; data: (id: Id) => Promise<Record<string, unknown>>; key: string; marker: string; refs?: Map<string, Id> }

/** Array rows keep their ids so the English text lands on the same rows as the Vietnamese. */
const rowsWithText = (rows: unknown, texts: string[], field: string) =>
  (Array.isArray(rows) ? rows : []).map((row: Record<string, unknown>, i) => ({ ...row, [field]: texts[i] ?? row[field] }))

const jobs = ({ payload, refs }: SeedContext): Job[] => [
  ...Object.entries(exemplarTranslations).map(([key, t]) => ({
    collection: 'exemplars' as const,
    data: async (id: Id) => {
      const vi = await payload.findByID({ collection: 'exemplars', depth: 0, id, locale: 'vi', overrideAccess: true, select: { achievements: true, sources: true } })
      return {
        achievements: rowsWithText(vi.achievements, t.achievements, 'text'),
        name: t.name,
        organization: t.organization,
        position: t.position,
        sources: rowsWithText(vi.sources, t.sourceTitles, 'title'),
        story: await toRichText({ config: payload.config, paragraphs: t.story }),
        summary: t.summary,
      }
    },
    key,
    marker: 'summary',
    refs: refs.exemplars,
  })),
  ...Object.entries(documentTranslations).map(([key, t]) => ({ collection: 'documents' as const, data: async () => t, key, marker: 'title', refs: refs.documents })),
  ...Object.entries(columnTranslations).map(([key, t]) => ({ collection: 'columns' as const, data: async () => t, key, marker: 'name', refs: refs.columns })),
  ...Object.entries(articleTranslations).map(([key, t]) => ({
    collection: 'articles' as const,
    data: async () => ({ body: await toRichText({ config: payload.config, paragraphs: t.body }), summary: t.summary, title: t.title }),
    key,
    marker: 'title',
  })),
]

/**
 * Adds the English versions to documents that have none yet, so a rerun (or
 * an editor's own translation) is never overwritten.
 */
export const seedTranslations = async (ctx: SeedContext): Promise<StepResult> => {
  const { payload } = ctx
  const result: StepResult = { created: 0, existing: 0 }
  for (const job of jobs(ctx)) {
    // Earlier steps mapped seed keys to ids; articles are found by their slug (= key).
    const id = job.refs ? job.refs.get(job.key) : await findIdBy({ collection: job.collection, field: 'slug', payload, value: job.key })
    if (id === undefined) throw new Error(`A translation refers to unknown ${job.collection} "${job.key}". Fix src/seed/data/translations.ts.`)
    if (await hasEnglish({ collection: job.collection, field: job.marker, id, payload })) {
      result.existing++
      continue
    }
    await payload.update({ collection: job.collection, data: await job.data(id), id, locale: 'en', ...seedOptions })
    result.created++
  }
  return result
}
