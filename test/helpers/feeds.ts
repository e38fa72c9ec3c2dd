import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

import type { Media, User } from '@/payload-types'
import { largePng } from './files'

type FeedRoute = (request: Request, context: { params: Promise<{ feed: string[] }> }) => Promise<Response>

/** Calls the feed route handler as Next would: a real Request, the catch-all segments as params. */
export const requestFeed = async (path: string, headers: HeadersInit = {}): Promise<Response> => {
  const { GET } = (await import('@/app/feeds/[...feed]/route')) as { GET: FeedRoute }
  const url = new URL(path, 'http://localhost:3000')
  const feed = url.pathname.replace(/^\/feeds\//, '').split('/').map(decodeURIComponent)
  return GET(new Request(url, { headers }), { params: Promise.resolve({ feed }) })
}

/** A photo with every generated size, uploaded as an editor would. */
export const uploadPhoto = async (payload: Payload, user: User, alt: string): Promise<Media> =>
  payload.create({ collection: 'media', data: { alt, credit: 'Lê Nhiếp Ảnh' }, file: await largePng('anh-nguon-tin.png'), overrideAccess: false, user })

/** Bytes of a stored image variant on disk: what a reader downloading the enclosure gets. */
export const storedBytes = (filename: string): number => fs.statSync(path.join(process.env.MEDIA_DIR ?? 'media', 'images', filename)).size

const DAY = 24 * 60 * 60 * 1000
/** An ISO date `days` from now (negative: in the past). */
export const daysFromNow = (days: number): string => new Date(Date.now() + days * DAY).toISOString()
