import type { Payload, Where } from 'payload'

/** Ids in the newest window; each next window reaches GROWTH times further back. */
const FIRST_WINDOW = 5_000
const GROWTH = 4

/** The newest entry's id (null on an empty index). */
export const latestId = async (payload: Payload): Promise<number | string | null> => {
  const { docs } = await payload.find({ collection: 'search', depth: 0, limit: 1, overrideAccess: false, pagination: false, select: { kind: true }, sort: '-id' })
  return docs[0]?.id ?? null
}

/**
 * Ever wider id ranges reaching back from the newest entry, the last one
 * unbounded. A lookup that fills its cap within a range has found the newest
 * matches, and need not look further back. SQLite carries `id > n` into the
 * (text, parent_id) index of the tokens table (see sqliteIndexes.ts), so a
 * lookup reads only the range's rows. Only a lower bound: given two, SQLite
 * uses just one, and an upper bound alone would read everything below it.
 * Ids that are not numbers (MongoDB's ObjectIds) get the unbounded range
 * only: MongoDB's planner can walk the createdAt index and stop early itself.
 */
export const idWindows = (latest: number | string | null): Where[] => {
  const windows: Where[] = []
  if (typeof latest === 'number') {
    for (let reach = FIRST_WINDOW; latest - reach > 0; reach = reach * GROWTH + FIRST_WINDOW) windows.push({ id: { greater_than: latest - reach } })
  }
  return [...windows, {}]
}
