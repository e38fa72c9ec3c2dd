import type { Payload } from 'payload'

import { documentIdFromUrl } from '@/lib/server/documentId'
import { findTracked } from '../trackedCollections'
import { ACTIVITY_MAX_PAGE, type ActivityFilter } from './queries'

type SearchParams = { [key: string]: string | string[] | undefined } | undefined

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

/**
 * The activity view's query string (`?loai=articles&nguoi=3&trang=2`). A value
 * that names no tracked collection, no possible user id or no page is
 * dropped, so a hand-edited address shows the unfiltered log, never an error.
 */
export const activityParams = (payload: Payload, searchParams: SearchParams): ActivityFilter & { page: number } => {
  const collection = findTracked(payload, first(searchParams?.loai))?.slug
  const changedBy =
    documentIdFromUrl({
      collection: 'users',
      payload,
      value: first(searchParams?.nguoi),
    }) ?? undefined
  const page = Number(first(searchParams?.trang))
  return {
    changedBy,
    collection,
    page: Number.isInteger(page) && page >= 1 && page <= ACTIVITY_MAX_PAGE ? page : 1,
  }
}

/** The same filters at another page, for the pagination links. */
export const activityHref = ({ base, changedBy, collection, page }: ActivityFilter & { base: string; page: number }) => {
  const query = new URLSearchParams()
  if (collection) query.set('loai', collection)
  if (changedBy !== undefined) query.set('nguoi', String(changedBy))
  if (page > 1) query.set('trang', String(page))
  const text = query.toString()
  return text ? `${base}?${text}` : base
}
