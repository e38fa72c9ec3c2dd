import crypto from 'node:crypto'
import fs from 'node:fs'
import fsp from 'node:fs/promises'
import path from 'node:path'

import { uploadDir } from '@/lib/media/uploadDir'
import type { CourseContent } from '../content'
import { renderCourseIndex } from '../html/courseIndex'
import { imagesInBody } from '../html/images'
import { renderLessonPage } from '../html/lessonPage'
import { packEntries, packLinks } from '../html/links'
import { packKey } from './key'
import { discardPacks, packDir, packPath } from './storage'
import { writeZip, type ZipEntry } from './zip'

export type PackFile = { bytes: number; key: string; path: string }

/** Text-like types gain from deflate; everything else in the library is already compressed. */
const COMPRESSIBLE = /^(text\/|application\/(json|xml))/

/** Every entry of the pack: the index, one page per lesson, each image and attachment once. */
export const packContents = (content: CourseContent): ZipEntry[] => {
  const entries = new Map<string, ZipEntry>()
  const add = (entry: ZipEntry) => entries.set(entry.name, entry)
  add({ content: renderCourseIndex({ content, links: packLinks }), name: packEntries.index })
  content.lessons.forEach((lesson, index) => {
    add({ content: renderLessonPage({ content, index, links: packLinks }), name: packEntries.lesson(lesson) })
    for (const image of imagesInBody(lesson.body)) add({ compress: false, name: packEntries.image(image), path: path.join(uploadDir('images'), image.filename) })
    for (const file of lesson.attachments) add({ compress: COMPRESSIBLE.test(file.mimeType ?? ''), name: packEntries.file(file), path: path.join(uploadDir('files'), file.filename ?? '') })
  })
  return [...entries.values()]
}

const building = new Map<string, Promise<PackFile>>()

const build = async (content: CourseContent, key: string, dest: string): Promise<PackFile> => {
  await fsp.mkdir(packDir(), { recursive: true })
  // Written under a temporary name and renamed: a reader never sees half a pack, even from another process.
  const temp = `${dest}.${crypto.randomBytes(6).toString('hex')}.tmp`
  // A stored file missing from disk is left out rather than failing the whole pack.
  const entries = packContents(content).filter((e) => !('path' in e) || fs.existsSync(e.path))
  try {
    await writeZip({ dest: temp, entries })
    await fsp.rename(temp, dest)
  } finally {
    await fsp.rm(temp, { force: true })
  }
  await discardPacks({ courseId: content.course.id, keep: dest, locale: content.locale })
  return { bytes: (await fsp.stat(dest)).size, key, path: dest }
}

/**
 * The pack for this published version of the course, built on first need and
 * kept until the course, a lesson, an image or an attachment changes (the key
 * changes with them). Concurrent requests for the same version share one build.
 */
export const ensurePack = async (content: CourseContent): Promise<PackFile> => {
  const key = packKey(content)
  const dest = packPath({ courseId: content.course.id, key, locale: content.locale })
  const existing = await fsp.stat(dest).catch(() => null)
  if (existing) return { bytes: existing.size, key, path: dest }
  const pending = building.get(dest) ?? build(content, key, dest).finally(() => building.delete(dest))
  building.set(dest, pending)
  return pending
}
