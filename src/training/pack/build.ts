import type { CourseContent } from '../content'
import { packKey } from './key'
import { assertSourcesExist, packContents } from './sources'
import { discardPacks, packName, packStore } from './storage'
import { writeZip } from './zip'

export type PackFile = { bytes: number; key: string; name: string }

const building = new Map<string, Promise<PackFile>>()

/**
 * Every image and attachment is read through upload storage (disk or S3).
 * One that is missing fails the build with an error naming the lesson and
 * the file: a pack quietly missing a handout looks complete to a trainer
 * who prints it for a class.
 */
const build = async (content: CourseContent, key: string, name: string): Promise<PackFile> => {
  const { entries, sources } = packContents(content)
  await assertSourcesExist(sources)
  const bytes = await packStore().save(name, (temp) => writeZip({ dest: temp, entries }))
  await discardPacks({ courseId: content.course.id, keep: name, locale: content.locale })
  return { bytes, key, name }
}

/**
 * The pack for this published version of the course, built on first need and
 * kept until the course, a lesson, an image or an attachment changes (the key
 * changes with them). Concurrent requests for the same version share one
 * build in this process; with S3, another instance finds the stored pack.
 */
export const ensurePack = async (content: CourseContent): Promise<PackFile> => {
  const key = packKey(content)
  const name = packName({ courseId: content.course.id, key, locale: content.locale })
  const bytes = await packStore().size(name)
  if (bytes !== null) return { bytes, key, name }
  const pending = building.get(name) ?? build(content, key, name).finally(() => building.delete(name))
  building.set(name, pending)
  return pending
}
