import type { CollectionBeforeOperationHook, Config, Plugin } from 'payload'

export const MAX_API_LIMIT = 100

/**
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

export const capApiQueries: Plugin = (config: Config): Config => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => ({
    ...collection,
    hooks: { ...collection.hooks, beforeOperation: [capLimit, ...(collection.hooks?.beforeOperation ?? [])] },
  })),
})
