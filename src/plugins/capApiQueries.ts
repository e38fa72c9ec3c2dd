import type { CollectionBeforeOperationHook, CollectionSlug, Config, Plugin } from 'payload'
import { APIError, NotFound } from 'payload'

import { documentIdFromUrl } from '@/lib/server/documentId'
import { requireDocumentData } from './documentData'
import { refuseUnreadableMultipart } from './unreadableBody'
import { rejectImpossibleWhereValues } from './whereValues'

export const MAX_API_LIMIT = 100
/** 10 000 pages of the largest page: past any list on the site, and an offset every database holds. */
export const MAX_API_PAGE = 10_000

/**
 * Guards for the public REST and GraphQL APIs (the Local API is trusted).
 *
 * REST and GraphQL callers get at most MAX_API_LIMIT documents per page and
 * never an unpaginated list: asking for more gets the cap, not a crash.
 * Depth is capped globally by `maxDepth` in the config. A page that is not
 * a whole number from 1 to MAX_API_PAGE (`page=1e309` is Infinity,
 * `page=99999999999999999999` an offset no database holds, `page=-1` a
 * negative offset PostgreSQL refuses) made the query fail with a 500: it is
 * a 400. Text that is no number at all is left to Payload (it reads page 1).
 */
const capLimit: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'read' || req.payloadAPI === 'local' || !('where' in args || 'limit' in args)) return args
  const findArgs = args as { limit?: number | string | null; page?: number | string; pagination?: boolean }
  const page = Number(findArgs.page)
  if (findArgs.page !== undefined && !Number.isNaN(page) && !(Number.isInteger(page) && page >= 1 && page <= MAX_API_PAGE)) {
    throw new APIError(`Số trang (page) phải là số nguyên từ 1 đến ${MAX_API_PAGE}.`, 400, null, true)
  }
  if ((findArgs.limit === undefined || findArgs.limit === null) && findArgs.pagination !== false) return args
  const requested = Number(findArgs.limit ?? 0)
  // 0 and `pagination=false` both mean "everything" to Payload: give the cap instead.
  const limit = Number.isFinite(requested) && requested > 0 ? Math.min(Math.floor(requested), MAX_API_LIMIT) : MAX_API_LIMIT
  return { ...args, limit, pagination: true }
}

/**
 * An id the database cannot hold (`/api/exemplars/abc` on SQLite, where ids
 * are numbers, or 99999999999 past PostgreSQL's integer ids) made the
 * database driver throw, i.e. a 500. It is a 404. Payload reads a REST path
 * id with parseFloat, so `/api/exemplars/1' OR 1=1--` acted on document 1:
 * the id is judged as the client wrote it.
 */
const rejectMalformedId: CollectionBeforeOperationHook = ({ args, collection, req }) => {
  const id = (args as { id?: unknown }).id
  if (id === undefined || id === null || req.payloadAPI === 'local') return args
  const fromPath = req.routeParams?.id
  const written = typeof fromPath === 'string' && (fromPath === String(id) || parseFloat(fromPath) === id) ? fromPath : String(id)
  if (documentIdFromUrl({ collection: collection.slug as CollectionSlug, payload: req.payload, value: written }) === null) throw new NotFound(req.t)
  return args
}

export const capApiQueries: Plugin = (config: Config): Config => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => ({
    ...collection,
    hooks: { ...collection.hooks, beforeOperation: [rejectMalformedId, capLimit, rejectImpossibleWhereValues, requireDocumentData, ...(collection.hooks?.beforeOperation ?? [])] },
  })),
  hooks: { ...config.hooks, afterError: [refuseUnreadableMultipart, ...(config.hooks?.afterError ?? [])] },
})
