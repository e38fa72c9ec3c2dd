import type { Locale } from '@/i18n/locales'
import { loadCourseContent } from './content'
import { ensurePack } from './pack/build'
import { pathsFor } from '@/lib/urls/sitePaths'
import { cachedRead } from '@/lib/cache/cachedRead'
import { filePopulate } from '@/lib/queries/populate'
import { findPageDocument } from '@/lib/queries/pageDocument'
import { readWithPreview } from '@/lib/queries/preview'
import { getPayloadClient } from '@/lib/server/payload'

export const listCourses = cachedRead('courses:list', ['courses', 'media'], async (locale: Locale) => {
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'courses',
    locale,
    depth: 1,
    limit: 50,
    overrideAccess: false,
    populate: { media: { alt: true, sizes: true, url: true } },
    select: { audience: true, cover: true, description: true, hours: true, slug: true, title: true, topics: true },
    sort: 'title',
  })
  return docs
})

export const getCourse = readWithPreview('courses:one', ['courses', 'lessons'], async (ctx, slug: string, locale: Locale) => {
  const course = await findPageDocument(ctx, {
    collection: 'courses',
    locale,
    depth: 0,
    select: { lessons: false },
    where: { slug: { equals: slug } },
  })
  if (!course) return null
  const payload = await getPayloadClient()
  const lessons = await payload.find({
    collection: 'lessons',
    locale,
    depth: 0,
    limit: 200,
    draft: ctx.draft,
    overrideAccess: false,
    user: ctx.user,
    select: { durationMinutes: true, moduleNumber: true, order: true, slug: true, title: true },
    sort: 'order',
    where: { course: { equals: course.id } },
  })
  return { course, lessons: lessons.docs }
})

export const getLesson = readWithPreview('lessons:one', ['lessons', 'courses', 'files', 'documents'], async (ctx, courseSlug: string, slug: string, locale: Locale) => {
  const course = await getCourse(courseSlug, locale)
  if (!course) return null
  const lesson = await findPageDocument(ctx, {
    collection: 'lessons',
    locale,
    depth: 1,
    populate: {
      courses: { slug: true, title: true },
      documents: { issuedDate: true, issuer: true, number: true, slug: true, title: true },
      files: filePopulate,
    },
    where: { and: [{ slug: { equals: slug } }, { course: { equals: course.course.id } }] },
  })
  if (!lesson) return null
  const index = course.lessons.findIndex((l) => l.id === lesson.id)
  return { course: course.course, lesson, next: course.lessons[index + 1] ?? null, previous: index > 0 ? course.lessons[index - 1] : null }
})

/**
 * The course pack's link and size, for the course page to show before the
 * download. Builds the pack on first need (once per published version); a
 * failed build still gives the link, without a size, and the download route
 * tries again.
 */
export const getCoursePackInfo = cachedRead('courses:pack', ['courses', 'lessons', 'files', 'media', 'documents'], async (slug: string, locale: Locale) => {
  const payload = await getPayloadClient()
  const content = await loadCourseContent({ locale, mode: 'published', payload, slug })
  if (!content) return null
  const href = pathsFor(locale).coursePack(slug)
  try {
    return { bytes: (await ensurePack(content)).bytes, href }
  } catch (error) {
    payload.logger.error({ err: error, msg: `Course pack for "${slug}" could not be built` })
    return { bytes: null, href }
  }
})
