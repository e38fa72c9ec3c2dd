import { APIError, type CollectionBeforeOperationHook, type CollectionSlug, type Payload, type Where } from 'payload'

import { documentIdFromUrl } from '@/lib/server/documentId'

/** Operators whose values are compared as the field's own type (`exists`, `like`, `near` … take other values). */
const COMPARING = new Set(['equals', 'not_equals', 'in', 'not_in', 'all', 'greater_than', 'greater_than_equal', 'less_than', 'less_than_equal'])

type Check = { kind: 'id'; collection: CollectionSlug } | { kind: 'number' }

const valuesOf = (operator: string, value: unknown): unknown[] => {
  if (Array.isArray(value)) return value
  // Payload splits `in=1,2,3` itself.
  if ((operator === 'in' || operator === 'not_in' || operator === 'all') && typeof value === 'string') return value.split(',')
  return [value]
}

/** Payload's own "no value" spellings, left for it to handle. */
const isBlank = (value: unknown) => value === null || value === undefined || value === '' || value === 'null'

const fits = ({ check, payload, value }: { check: Check; payload: Payload; value: unknown }): boolean => {
  if (isBlank(value)) return true
  if (check.kind === 'number') return typeof value !== 'object' && Number.isFinite(Number(value))
  return (typeof value === 'string' || typeof value === 'number') && documentIdFromUrl({ collection: check.collection, payload, value: String(value) }) !== null
}

/** Conditions as [path, operator, value], through any depth of and/or. */
function* conditionsOf(where: Where): Generator<[string, string, unknown]> {
  for (const [key, condition] of Object.entries(where)) {
    if ((key === 'and' || key === 'or') && Array.isArray(condition)) {
      for (const nested of condition) if (nested && typeof nested === 'object') yield* conditionsOf(nested as Where)
    } else if (condition && typeof condition === 'object') {
      for (const [operator, value] of Object.entries(condition)) yield [key, operator, value]
    }
  }
}

/**
 * A filter on an id, a relationship or a number field whose value the
 * database cannot hold (`NaN`, `Infinity`, `1e309`, an id past the
 * integer range, `abc` for a numeric id) made the SQL query fail: a 500 for
 * `?where[id][in]=NaN` or `?where[column][equals]=NaN`. It is a 400 that
 * names the field. Text fields are not checked: any text is a fair search.
 */
export const rejectImpossibleWhereValues: CollectionBeforeOperationHook = ({ args, collection, req }) => {
  const { where } = args as { where?: unknown }
  if (!where || typeof where !== 'object' || req.payloadAPI === 'local') return args
  for (const [path, operator, value] of conditionsOf(where as Where)) {
    if (!COMPARING.has(operator)) continue
    const field = collection.flattenedFields.find((f) => f.name === path)
    const check: Check | null =
      path === 'id'
        ? { collection: collection.slug as CollectionSlug, kind: 'id' }
        : (field?.type === 'relationship' || field?.type === 'upload') && typeof field.relationTo === 'string'
          ? { collection: field.relationTo as CollectionSlug, kind: 'id' }
          : field?.type === 'number'
            ? { kind: 'number' }
            : null
    if (!check) continue
    if (!valuesOf(operator, value).every((v) => fits({ check, payload: req.payload, value: v }))) {
      const expected = check.kind === 'id' ? 'một mã số tài liệu (document id)' : 'một số hữu hạn (a finite number)'
      throw new APIError(`Bộ lọc where[${path}][${operator}] cần ${expected}.`, 400, null, true)
    }
  }
  return args
}
