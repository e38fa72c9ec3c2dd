import { MissingUploadError, readUpload, uploadExists, type UploadCollection } from '@/lib/media/readUpload'
import type { CourseContent } from '../content'
import { renderCourseIndex } from '../html/courseIndex'
import { imagesInBody } from '../html/images'
import { renderLessonPage } from '../html/lessonPage'
import { packEntries, packLinks } from '../html/links'
import type { ZipEntry } from './zip'

/** A stored file a pack copies: which lesson wants it, from which collection. */
export type PackSource = { collection: UploadCollection; filename: string; lesson: string }

/** Stored files a pack needs are missing: the pack is not built rather than shipped without them. */
export class PackSourcesMissingError extends Error {
  readonly missing: PackSource[]
  constructor(missing: PackSource[]) {
    super(`Course pack not built: ${missing.map((s) => `lesson "${s.lesson}" needs ${s.collection === 'media' ? 'image' : 'attachment'} "${s.filename}", which is missing from upload storage`).join('; ')}`)
    this.name = 'PackSourcesMissingError'
    this.missing = missing
  }
}

/** Text-like types gain from deflate; everything else in the library is already compressed. */
const COMPRESSIBLE = /^(text\/|application\/(json|xml))/

const opener = (source: PackSource) => () =>
  readUpload(source).catch((error: unknown) => {
    // Gone between the check and the copy: still named, lesson and file.
    throw error instanceof MissingUploadError ? new PackSourcesMissingError([source]) : error
  })

/** Every entry of the pack: the index, one page per lesson, each image and attachment once (read through upload storage). */
export const packContents = (content: CourseContent): { entries: ZipEntry[]; sources: PackSource[] } => {
  const entries = new Map<string, ZipEntry>()
  const sources = new Map<string, PackSource>()
  const add = (entry: ZipEntry) => entries.set(entry.name, entry)
  const addFile = ({ compress, name, source }: { compress: boolean; name: string; source: PackSource }) => {
    if (entries.has(name)) return
    sources.set(name, source)
    add({ compress, name, open: opener(source) })
  }
  add({ content: renderCourseIndex({ content, links: packLinks }), name: packEntries.index })
  content.lessons.forEach((lesson, index) => {
    add({ content: renderLessonPage({ content, index, links: packLinks }), name: packEntries.lesson(lesson) })
    for (const image of imagesInBody(lesson.body)) addFile({ compress: false, name: packEntries.image(image), source: { collection: 'media', filename: image.filename, lesson: lesson.title } })
    for (const file of lesson.attachments) addFile({ compress: COMPRESSIBLE.test(file.mimeType ?? ''), name: packEntries.file(file), source: { collection: 'files', filename: file.filename ?? '', lesson: lesson.title } })
  })
  return { entries: [...entries.values()], sources: [...sources.values()] }
}

/** Checks every stored file before writing a byte, so the error lists all that are missing, not just the first. */
export const assertSourcesExist = async (sources: PackSource[]): Promise<void> => {
  const missing: PackSource[] = []
  // A few at a time: a course may have hundreds of files, each one HEAD request on S3.
  for (let i = 0; i < sources.length; i += 8) {
    const batch = sources.slice(i, i + 8)
    const found = await Promise.all(batch.map((source) => uploadExists(source)))
    batch.forEach((source, n) => found[n] || missing.push(source))
  }
  if (missing.length) throw new PackSourcesMissingError(missing)
}
