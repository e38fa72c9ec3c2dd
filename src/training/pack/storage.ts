import path from 'node:path'

import type { Locale } from '@/i18n/locales'
import { s3Bucket } from '@/lib/storage/s3Client'
import { diskPackStore } from './diskStore'
import { s3PackStore } from './s3Store'
import type { PackStore } from './store'

/**
 * Where built packs live on local disk: `COURSE_PACK_DIR`, or data/packs beside the database.
 * (The turbopackIgnore comments keep Next's file tracing from copying the
 * whole project into the build because these paths are only known at run time.)
 */
export const packDir = (): string => path.resolve(/*turbopackIgnore: true*/ process.env.COURSE_PACK_DIR ?? path.join('data', 'packs'))

/** The bucket's `packs/` when S3 storage is configured (src/lib/storage), the local folder otherwise. */
export const packStore = (): PackStore => {
  const s3 = s3Bucket()
  return s3 ? s3PackStore(s3) : diskPackStore(packDir())
}

/** Ids are numbers on SQLite and strings on MongoDB: either becomes a safe file-name part. */
const safeId = (id: number | string) => String(id).replace(/[^A-Za-z0-9_]/g, '_')

const PACK_NAME = /^(.+)-([a-z]{2})-([0-9a-f]{20})\.zip$/

export const packName = ({ courseId, key, locale }: { courseId: number | string; key: string; locale: Locale }): string => `${safeId(courseId)}-${locale}-${key}.zip`

/**
 * Deletes a course's built packs (one language's, or all), except `keep`.
 * A reader still downloading a deleted pack keeps reading it.
 */
export const discardPacks = async ({ courseId, keep, locale }: { courseId: number | string; keep?: string; locale?: Locale }): Promise<string[]> => {
  const store = packStore()
  const names = await store.list(`${safeId(courseId)}-`)
  const stale = names.filter((name) => {
    const match = PACK_NAME.exec(name)
    return match && match[1] === safeId(courseId) && (!locale || match[2] === locale) && name !== keep
  })
  await Promise.all(stale.map((name) => store.remove(name)))
  return stale
}
