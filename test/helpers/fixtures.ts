import type { Payload, RequiredDataFromCollectionSlug } from 'payload'

import type { User } from '@/payload-types'

export const EDITORIAL = ['exemplars', 'movements', 'awards', 'columns', 'articles', 'documents'] as const
export const TRAINING = ['courses', 'lessons'] as const
export type EditorialSlug = (typeof EDITORIAL)[number]
export type TrainingSlug = (typeof TRAINING)[number]
export type ContentSlug = EditorialSlug | TrainingSlug

export type Fixtures = { [S in ContentSlug]: (label: string) => RequiredDataFromCollectionSlug<S> }

/** Minimal valid data per content collection, labelled so a leak is easy to spot. */
export const contentFixtures = async (payload: Payload): Promise<Fixtures> => {
  const column = await payload.create({ collection: 'columns', data: { _status: 'published', name: 'Chuyên mục kiểm thử' }, overrideAccess: true })
  const course = await payload.create({ collection: 'courses', data: { _status: 'published', title: 'Khóa học kiểm thử' }, overrideAccess: true })
  return {
    articles: (label) => ({ column: column.id, title: label }),
    awards: (label) => ({ awardTitle: label, decisionDate: '2025-06-11T00:00:00.000Z', decisionNumber: `${label}/QĐ-TEST`, form: 'certificateOfMerit', issuer: 'Cơ quan kiểm thử', otherRecipients: [{ kind: 'individual', name: 'Người nhận' }] }),
    columns: (label) => ({ name: label }),
    courses: (label) => ({ title: label }),
    documents: (label) => ({ issuedDate: '2024-01-01T00:00:00.000Z', number: `${label}/TEST`, status: 'inForce', title: label, type: 'plan' }),
    exemplars: (label) => ({ kind: 'individual', name: label, stage: 'discovered' }),
    lessons: (label) => ({ course: course.id, title: label }),
    movements: (label) => ({ level: 'national', name: label, period: { start: '2025-01-01T00:00:00.000Z' }, type: 'annual' }),
  }
}

/** The field that carries a document's human title. */
export const titleField: Record<ContentSlug, string> = {
  articles: 'title',
  awards: 'awardTitle',
  columns: 'name',
  courses: 'title',
  documents: 'title',
  exemplars: 'name',
  lessons: 'title',
  movements: 'name',
}

export const uniqueLabel = (prefix: string) => `${prefix}-${Math.random().toString(36).slice(2, 10)}`

type GenericArgs = {
  collection: ContentSlug
  data: Record<string, unknown>
  depth?: number
  draft?: boolean
  id?: number | string
  overrideAccess: boolean
  user?: User
}

/**
 * The matrix tests run one body over every content collection; Payload's
 * per-collection argument types cannot follow a union of slugs, so these
 * wrappers widen them once, here, instead of at every call.
 */
export const genericCreate = (payload: Payload, args: GenericArgs) => payload.create(args as unknown as Parameters<Payload['create']>[0])
export const genericUpdate = (payload: Payload, args: GenericArgs & { id: number | string }) =>
  payload.update(args as unknown as Parameters<Payload['update']>[0])
