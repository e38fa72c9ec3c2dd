import fs from 'node:fs/promises'
import path from 'node:path'

import type { Locale } from '@/i18n/locales'

/**
 * Where built packs live: `COURSE_PACK_DIR`, or data/packs beside the database.
 * (The turbopackIgnore comments keep Next's file tracing from copying the
 * whole project into the build because these paths are only known at run time.)
 */
export const packDir = (): string => path.resolve(/*turbopackIgnore: true*/ process.env.COURSE_PACK_DIR ?? path.join('data', 'packs'))

/** Ids are numbers on SQLite and strings on MongoDB: either becomes a safe file-name part. */
const safeId = (id: number | string) => String(id).replace(/[^A-Za-z0-9_]/g, '_')

const PACK_NAME = /^(.+)-([a-z]{2})-([0-9a-f]{20})\.zip$/

export const packPath = ({ courseId, key, locale }: { courseId: number | string; key: string; locale: Locale }): string =>
  path.join(/*turbopackIgnore: true*/ packDir(), `${safeId(courseId)}-${locale}-${key}.zip`)

/**
 * Deletes a course's built packs (one language's, or all), except `keep`.
 * A reader still downloading a deleted pack keeps reading it: the file goes
 * away only when its last open handle closes.
 */
export const discardPacks = async ({ courseId, keep, locale }: { courseId: number | string; keep?: string; locale?: Locale }): Promise<string[]> => {
  const names = await fs.readdir(/*turbopackIgnore: true*/ packDir()).catch(() => [] as string[])
  const stale = names.filter((name) => {
    const match = PACK_NAME.exec(name)
    return match && match[1] === safeId(courseId) && (!locale || match[2] === locale) && path.join(/*turbopackIgnore: true*/ packDir(), name) !== keep
  })
  await Promise.all(stale.map((name) => fs.rm(path.join(/*turbopackIgnore: true*/ packDir(), name), { force: true })))
  return stale
}
