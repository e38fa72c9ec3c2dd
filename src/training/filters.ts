import { slugify } from '@/lib/text/vietnamese'
import { fromTable, invert, one, type SearchParams } from '@/lib/filters/params'

/** URL words for the course audiences (values of the `audience` select). */
export const COURSE_AUDIENCE_PARAM = { 'can-bo': 'officers', 'hoc-vien': 'students', 'lanh-dao': 'leaders', 'moi-nguoi': 'public' } as const

type Values<T> = T[keyof T]
export type CourseFilters = { audience?: Values<typeof COURSE_AUDIENCE_PARAM>; topic?: string }

export const parseCourseFilters = (params: SearchParams): CourseFilters => ({
  audience: fromTable(COURSE_AUDIENCE_PARAM, one(params, 'doi-tuong')),
  topic: one(params, 'chu-de')?.slice(0, 80),
})

export const AUDIENCE_TO_PARAM = invert(COURSE_AUDIENCE_PARAM)

/** Topics are free text on each course; the URL carries their slug. */
export const topicSlug = (topic: string): string => slugify(topic)

type Filterable = { audience?: string[] | null; topics?: string[] | null }

/** The catalogue is small (tens of courses): filtering the cached list beats a query per filter set. */
export const matchesCourseFilters = (course: Filterable, f: CourseFilters): boolean =>
  (!f.audience || (course.audience ?? []).includes(f.audience)) && (!f.topic || (course.topics ?? []).some((t) => topicSlug(t) === f.topic))
