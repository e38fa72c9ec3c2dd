import path from 'node:path'

import type { File } from '@/payload-types'
import type { LessonContent } from '../content'
import type { PageImage } from './images'

/** Where the course pages point: inside a ZIP everything is relative, in a preview everything is served. */
export type Links = {
  file: (file: File) => string
  image: (image: PageImage) => string
  index: string
  lesson: (lesson: Pick<LessonContent, 'id' | 'slug'>) => string
}

/** A lesson's page name: its slug (a lesson saved without one falls back to its id). */
export const lessonName = (lesson: Pick<LessonContent, 'id' | 'slug'>) => lesson.slug || `bai-${lesson.id}`

/**
 * ZIP entry names: pages at the top, so every page links to the others with
 * the same relative paths. Stored names never hold a slash (Payload
 * sanitises them); basename keeps it so, whatever a future adapter does.
 */
export const packEntries = {
  file: (file: File) => `tai-lieu/${path.posix.basename(file.filename ?? '')}`,
  image: (image: PageImage) => `anh/${path.posix.basename(image.filename)}`,
  index: 'index.html',
  lesson: (lesson: Pick<LessonContent, 'id' | 'slug'>) => `${lessonName(lesson)}.html`,
} satisfies Links

const href = (entry: string) => entry.split('/').map(encodeURIComponent).join('/')

/** The same entries as links from one page of the pack to another (percent-encoded). */
export const packLinks: Links = {
  file: (file) => href(packEntries.file(file)),
  image: (image) => href(packEntries.image(image)),
  index: packEntries.index,
  lesson: (lesson) => href(packEntries.lesson(lesson)),
}

/** A signed preview serves the pages at /dao-tao/xem-truoc/<token>/…, images and files from Payload. */
export const previewLinks = (base: string): Links => ({
  file: (file) => file.url ?? '',
  image: (image) => image.url,
  index: base,
  lesson: (lesson) => `${base}/${encodeURIComponent(lessonName(lesson))}`,
})
