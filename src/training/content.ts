import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import type { Course, File, LegalDocument, Lesson } from '@/payload-types'
import { publishedRelations } from '@/lib/queries/relations'

/** What a lesson page cites and attaches, populated. */
export type LessonContent = Omit<Lesson, 'attachments' | 'primarySources'> & { attachments: File[]; sources: LegalDocument[] }
export type CourseContent = { course: Course; lessons: LessonContent[]; locale: Locale }

/**
 * `published`: what any reader may see (access enforced as the public).
 * `draft`: the latest draft of one course and its lessons, for a signed
 * preview link; the token is the authorization, so access is overridden and
 * everything outside the course (cited documents) is still published only.
 */
export type ContentMode = 'draft' | 'published'

const isObject = <T>(value: unknown): value is T => typeof value === 'object' && value !== null

const FILE_FIELDS = { filename: true, filesize: true, mimeType: true, title: true, updatedAt: true, url: true } as const
const SOURCE_FIELDS = { _status: true, issuedDate: true, number: true, slug: true, title: true, updatedAt: true } as const

const readAs = (mode: ContentMode) => (mode === 'draft' ? { draft: true, overrideAccess: true } : { draft: false, overrideAccess: false })

/** One course found by slug (published) or id (draft), with its lessons in order. Null when there is none to show. */
export const loadCourseContent = async ({ locale, mode, payload, ...lookup }: { locale: Locale; mode: ContentMode; payload: Payload } & ({ id: number | string } | { slug: string })): Promise<CourseContent | null> => {
  const { docs } = await payload.find({
    collection: 'courses',
    depth: 0,
    limit: 1,
    locale,
    pagination: false,
    select: { lessons: false },
    where: 'id' in lookup ? { id: { equals: lookup.id } } : { slug: { equals: lookup.slug } },
    ...readAs(mode),
  })
  const course = docs[0]
  if (!course) return null
  const lessons = await payload.find({
    collection: 'lessons',
    depth: 1,
    limit: 500,
    locale,
    pagination: false,
    populate: { courses: { slug: true }, documents: SOURCE_FIELDS, files: FILE_FIELDS },
    sort: ['moduleNumber', 'order'],
    where: { course: { equals: course.id } },
    ...readAs(mode),
  })
  return {
    course,
    lessons: lessons.docs.map(({ attachments, primarySources, ...lesson }) => ({
      ...lesson,
      attachments: (attachments ?? []).filter((f): f is File => isObject<File>(f) && Boolean(f.filename)),
      sources: publishedRelations(primarySources),
    })),
    locale,
  }
}
