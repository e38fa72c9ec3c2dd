/** Ids in the newest window; each next window reaches GROWTH times further back. */
const FIRST_WINDOW = 5_000
const GROWTH = 4

/**
 * Lower id bounds of ever wider ranges reaching back from the newest entry,
 * the last one unbounded (null). A lookup that fills its cap within a range
 * has found the newest matches, and need not look further back. Only a lower
 * bound: given two, SQLite uses just one, and an upper bound alone would read
 * everything below it. Ids that are not numbers (MongoDB's ObjectIds) get the
 * unbounded range only: MongoDB's planner can walk the createdAt index and
 * stop early itself.
 */
export const idLowerBounds = (latest: number | string | null): (number | null)[] => {
  const bounds: (number | null)[] = []
  if (typeof latest === 'number') {
    for (let reach = FIRST_WINDOW; latest - reach > 0; reach = reach * GROWTH + FIRST_WINDOW) bounds.push(latest - reach)
  }
  return [...bounds, null]
}
