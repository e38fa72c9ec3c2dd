/**
 * Whether a stored document already says what a planned record says. Only
 * the planned keys count (a field the file does not carry is left alone),
 * arrays compare element by element on the planned element's keys, and
 * empty values (null, undefined, '', an unticked box) are the same. Relationships arrive as
 * ids at depth 0, dates as ISO strings, as planned.
 */
const empty = (value: unknown) => value === null || value === undefined || value === '' || value === false

export const sameValue = (planned: unknown, stored: unknown): boolean => {
  if (empty(planned) || empty(stored)) return empty(planned) && empty(stored)
  if (Array.isArray(planned)) {
    return Array.isArray(stored) && planned.length === stored.length && planned.every((item, i) => sameValue(item, stored[i]))
  }
  if (typeof planned === 'object') {
    if (stored === null || typeof stored !== 'object') return false
    return Object.entries(planned as Record<string, unknown>).every(([key, value]) => sameValue(value, (stored as Record<string, unknown>)[key]))
  }
  if (typeof stored === 'object' && stored !== null && 'id' in stored) return String((stored as { id: unknown }).id) === String(planned)
  return String(planned) === String(stored)
}

export const sameData = ({ planned, stored }: { planned: Record<string, unknown>; stored: Record<string, unknown> }): boolean => sameValue(planned, stored)
