import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import type { Course, Lesson } from '@/payload-types'
import { discardPacks } from './storage'

type Doc = Pick<Course, '_status' | 'id'> | Pick<Lesson, '_status' | 'course' | 'id'>

const courseIdOf = (doc: Doc): number | string | null => {
  if (!('course' in doc)) return doc.id
  return typeof doc.course === 'object' && doc.course ? doc.course.id : (doc.course ?? null)
}

/** Stale packs are only wasted space (a new version has a new key): storage trouble must not fail the editor's save. */
const discardQuietly = async ({ courseId, req }: { courseId: number | string; req: PayloadRequest }) => {
  try {
    await discardPacks({ courseId })
  } catch (error) {
    req.payload.logger.error({ err: error, msg: `Old course packs of course ${courseId} could not be deleted` })
  }
}

/**
 * A new published version makes the course's packs stale: they are deleted
 * now rather than left until the next download rebuilds (which deletes them
 * too). Draft saves and autosaves change nothing readers see, so they keep
 * the pack.
 */
export const discardPacksOnPublish: CollectionAfterChangeHook<Doc> = async ({ doc, req }) => {
  const courseId = courseIdOf(doc)
  if (doc._status === 'published' && courseId !== null) await discardQuietly({ courseId, req })
  return doc
}

export const discardPacksOnDelete: CollectionAfterDeleteHook<Doc> = async ({ doc, req }) => {
  const courseId = courseIdOf(doc)
  if (courseId !== null) await discardQuietly({ courseId, req })
  return doc
}
