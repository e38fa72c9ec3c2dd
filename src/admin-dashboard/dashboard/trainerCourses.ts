import { Forbidden, type Payload, type TypedLocale, type TypedUser, type Where } from 'payload'

import { hasRole } from '@/access/roles'
import { relationId } from '@/lib/queries/relations'
import { adminDocumentUrl } from '../trackedCollections'

export type TrainerCourse = {
  attachmentDownloads: number
  docUrl: string
  id: number | string
  packDownloads: number
  status: 'draft' | 'published'
  title: string
}
export type TrainerDraftLesson = {
  courseTitle: string
  docUrl: string
  id: number | string
  title: string
}
export type TrainerOverview = {
  courses: TrainerCourse[]
  draftLessons: TrainerDraftLesson[]
}

const statusOf = (value: unknown): 'draft' | 'published' => (value === 'published' ? 'published' : 'draft')

/** Downloads summed per course: packs by their course, attachments by the lessons that carry them. */
const downloadTotals = async ({ courseIds, fileCourses, payload, user }: { courseIds: (number | string)[]; fileCourses: Map<string, string>; payload: Payload; user: TypedUser }) => {
  const fileIds = [...fileCourses.keys()]
  const or: Where[] = [{ and: [{ kind: { equals: 'pack' } }, { course: { in: courseIds } }] }, ...(fileIds.length ? [{ and: [{ kind: { equals: 'file' } }, { file: { in: fileIds } }] }] : [])]
  const { docs } = await payload.find({
    collection: 'downloads',
    depth: 0,
    overrideAccess: false,
    pagination: false,
    select: { count: true, course: true, file: true, kind: true },
    user,
    where: { or },
  })
  const packs = new Map<string, number>()
  const attachments = new Map<string, number>()
  for (const row of docs) {
    const course = row.kind === 'pack' ? String(relationId(row.course)) : fileCourses.get(String(relationId(row.file)))
    if (!course) continue
    const totals = row.kind === 'pack' ? packs : attachments
    totals.set(course, (totals.get(course) ?? 0) + row.count)
  }
  return { attachments, packs }
}

/**
 * A trainer's own courses (the ones they created), each with its latest
 * status and download counts, and the lessons of those courses still in
 * draft. Four queries whatever the number of courses, with the trainer's
 * own access.
 */
export const trainerOverview = async ({ locale, payload, user }: { locale?: TypedLocale; payload: Payload; user: null | TypedUser | undefined }): Promise<TrainerOverview> => {
  if (!user || !hasRole(user, 'trainer')) throw new Forbidden()
  const common = {
    depth: 0,
    draft: true,
    locale,
    overrideAccess: false,
    pagination: false,
    user,
  } as const
  const { docs: courses } = await payload.find({
    ...common,
    collection: 'courses',
    select: { _status: true, title: true },
    sort: 'title',
    where: { createdBy: { equals: user.id } },
  })
  if (courses.length === 0) return { courses: [], draftLessons: [] }
  const courseIds = courses.map((course) => course.id)
  const { docs: lessons } = await payload.find({
    ...common,
    collection: 'lessons',
    select: { _status: true, attachments: true, course: true, title: true },
    sort: 'title',
    where: { course: { in: courseIds } },
  })
  const fileCourses = new Map<string, string>()
  for (const lesson of lessons) for (const file of lesson.attachments ?? []) fileCourses.set(String(relationId(file)), String(relationId(lesson.course)))
  const { attachments, packs } = await downloadTotals({
    courseIds,
    fileCourses,
    payload,
    user,
  })
  const titles = new Map(courses.map((course) => [String(course.id), course.title]))
  return {
    courses: courses.map((course) => ({
      attachmentDownloads: attachments.get(String(course.id)) ?? 0,
      docUrl: adminDocumentUrl(payload, 'courses', course.id),
      id: course.id,
      packDownloads: packs.get(String(course.id)) ?? 0,
      status: statusOf(course._status),
      title: course.title ?? '',
    })),
    draftLessons: lessons
      .filter((lesson) => statusOf(lesson._status) === 'draft')
      .map((lesson) => ({
        courseTitle: titles.get(String(relationId(lesson.course))) ?? '',
        docUrl: adminDocumentUrl(payload, 'lessons', lesson.id),
        id: lesson.id,
        title: lesson.title ?? '',
      })),
  }
}
