type Id = number | string

/** The id of a relationship value, whether populated (a document) or not (an id); null when empty. */
export const relationId = (value: unknown): Id | null => {
  const id = value !== null && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : value
  return typeof id === 'number' || typeof id === 'string' ? id : null
}

/** The ids of a hasMany relationship value, in the editor's order, populated or not. */
export const relationIds = (value: unknown): Id[] => (Array.isArray(value) ? value : []).map(relationId).filter((id): id is Id => id !== null)

/**
 * The published documents of a hasMany relationship value, in the editor's
 * order. Access leaves one a reader may not see as a bare id; an editor's
 * preview may populate a draft, which is left out too.
 */
export const publishedRelations = <T extends { _status?: 'draft' | 'published' | null }>(value: readonly (Id | T)[] | null | undefined): T[] =>
  (value ?? []).filter((doc): doc is T => typeof doc === 'object' && doc !== null && doc._status === 'published')
