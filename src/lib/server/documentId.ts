import { type CollectionSlug, isValidID, parseDocumentID, type Payload } from 'payload'

/**
 * The largest numeric id the database can hold: PostgreSQL's serial ids are
 * 4-byte integers (a larger number in a query is an error there, not a miss),
 * SQLite's are 8-byte but JavaScript counts exactly only to 2^53 − 1.
 */
const largestId = (payload: Payload): number => (payload.db.name === 'postgres' ? 2_147_483_647 : Number.MAX_SAFE_INTEGER)

/**
 * An id that arrived as URL text, as this adapter stores it (a number on
 * SQLite and PostgreSQL, text on MongoDB: Payload's own parsing, never a
 * guess), or null when it cannot be an id here (`1.5`, `-3`, `99999999999`
 * on PostgreSQL, `abc`), so the caller answers 404 instead of the query
 * failing with a 500.
 */
export const documentIdFromUrl = ({ collection, payload, value }: { collection: CollectionSlug; payload: Payload; value: unknown }): number | string | null => {
  if (typeof value !== 'string' || value === '') return null
  const id = parseDocumentID({ collectionSlug: collection, id: value, payload })
  const type = payload.collections[collection]?.customIDType ?? payload.db.defaultIDType
  if (id === undefined || !isValidID(id, type)) return null
  if (typeof id === 'number' && !(Number.isInteger(id) && id >= 1 && id <= largestId(payload))) return null
  return id
}
