import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import type { Course, Lesson } from '@/payload-types'
import { discardPacks } from './storage'

type Doc = Pick<Course, '_status' | 'id'> | Pick<Lesson, '_status' | 'course' | 'id'>

const courseIdOf = (doc: Doc): number | string | null => {
  if (!('course' in doc)) return doc.id
  return typeof doc.course === 'object' && doc.course ? doc.course.id : (doc.course ?? null)
}

/**
 * A new published version makes the course's packs stale: they are deleted
 * now rather than left until the next download rebuilds (which deletes them
 * too). Draft saves and autosaves change nothing readers see, so they keep
 * the pack.
 */
export const discardPacksOnPublish: CollectionAfterChangeHook<Doc> = async ({ doc }) => {
  const courseId = courseIdOf(doc)
  if (doc._status === 'published' && courseId !== null) await discardPacks({ courseId })
  return doc
}

export const discardPacksOnDelete: CollectionAfterDeleteHook<Doc> = async ({ doc }) => {
  const courseId = courseIdOf(doc)
  if (courseId !== null) await discardPacks({ courseId })
  return doc
}
