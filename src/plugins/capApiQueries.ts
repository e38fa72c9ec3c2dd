import type { CollectionBeforeOperationHook, Config, Plugin } from 'payload'
import { NotFound } from 'payload'

export const MAX_API_LIMIT = 100

/**
 * Guards for the public REST and GraphQL APIs (the Local API is trusted).
 *
 * REST and GraphQL callers get at most MAX_API_LIMIT documents per page and
 * never an unpaginated list: asking for more gets the cap, not a crash.
 * Depth is capped globally by `maxDepth` in the config.
 */
const capLimit: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'read' || req.payloadAPI === 'local' || !('where' in args || 'limit' in args)) return args
  const findArgs = args as { limit?: number | string | null; pagination?: boolean }
  if ((findArgs.limit === undefined || findArgs.limit === null) && findArgs.pagination !== false) return args
  const requested = Number(findArgs.limit ?? 0)
  // 0 and `pagination=false` both mean "everything" to Payload: give the cap instead.
  const limit = Number.isFinite(requested) && requested > 0 ? Math.min(Math.floor(requested), MAX_API_LIMIT) : MAX_API_LIMIT
  return { ...args, limit, pagination: true }
}

const ID_SHAPES = { number: /^\d{1,15}$/, text: /^[a-f0-9]{24}$/i } as const

/**
 * An id of the wrong shape (`/api/exemplars/abc` on SQLite, where ids are
 * numbers) made the database driver throw, i.e. a 500. It is a 404.
 */
const rejectMalformedId: CollectionBeforeOperationHook = ({ args, req }) => {
  const id = (args as { id?: unknown }).id
  if (id === undefined || id === null || req.payloadAPI === 'local') return args
  const shape = ID_SHAPES[req.payload.db.defaultIDType as keyof typeof ID_SHAPES]
  if (shape && !shape.test(String(id))) throw new NotFound(req.t)
  return args
}

export const capApiQueries: Plugin = (config: Config): Config => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => ({
    ...collection,
    hooks: { ...collection.hooks, beforeOperation: [rejectMalformedId, capLimit, ...(collection.hooks?.beforeOperation ?? [])] },
  })),
})
