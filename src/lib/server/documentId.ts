import { type CollectionSlug, isValidID, parseDocumentID, type Payload } from 'payload'

/**
 * An id that arrived as URL text, as this adapter stores it (a number on
 * SQLite, text on MongoDB: Payload's own parsing, never a guess), or null
 * when it cannot be an id here, so the caller answers 404 instead of the
 * query failing with a 500.
 */
export const documentIdFromUrl = ({ collection, payload, value }: { collection: CollectionSlug; payload: Payload; value: unknown }): number | string | null => {
  if (typeof value !== 'string' || value === '') return null
  const id = parseDocumentID({ collectionSlug: collection, id: value, payload })
  const type = payload.collections[collection]?.customIDType ?? payload.db.defaultIDType
  return id !== undefined && isValidID(id, type) ? id : null
}
