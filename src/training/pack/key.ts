import crypto from 'node:crypto'

import { siteUrl } from '@/lib/urls/sitePaths'
import type { CourseContent } from '../content'
import { imagesInBody } from '../html/images'

/** Bump when the pack's pages or layout change, so every pack is rebuilt once. */
const PACK_FORMAT = 1

/**
 * One pack per published version: the ids and update times of the course,
 * its published lessons, their images, attachments and cited documents
 * (and the site's address, which the pages link back to).
 */
export const packKey = ({ course, lessons, locale }: CourseContent): string => {
  const stamp = (doc: { id: number | string; updatedAt?: string | null }) => [doc.id, doc.updatedAt ?? '']
  const parts = [
    PACK_FORMAT,
    locale,
    siteUrl(),
    stamp(course),
    lessons.map((l) => [stamp(l), l.attachments.map(stamp), l.sources.map(stamp), imagesInBody(l.body).map(stamp)]),
  ]
  return crypto.createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 20)
}
