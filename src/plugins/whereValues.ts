import { APIError, type CollectionBeforeOperationHook, type CollectionSlug, type Payload, type Where } from 'payload'

import { documentIdFromUrl } from '@/lib/server/documentId'

/** Operators whose values are compared as the field's own type (`exists`, `like`, `near` … take other values). */
const COMPARING = new Set(['equals', 'not_equals', 'in', 'not_in', 'all', 'greater_than', 'greater_than_equal', 'less_than', 'less_than_equal'])

type Check = { kind: 'id'; collection: CollectionSlug } | { kind: 'number' } | { kind: 'select'; options: Set<string> }

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
  if (check.kind === 'select') return typeof value === 'string' && check.options.has(value)
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

const EXPECTED: Record<Check['kind'], string> = {
  id: 'một mã số tài liệu (document id)',
  number: 'một số hữu hạn (a finite number)',
  select: 'một trong các giá trị của trường (one of the field options)',
}

const checkFor = (collection: { flattenedFields: { name: string; options?: unknown; relationTo?: unknown; type: string }[]; slug: string }, path: string): Check | null => {
  if (path === 'id') return { collection: collection.slug as CollectionSlug, kind: 'id' }
  const field = collection.flattenedFields.find((f) => f.name === path)
  if ((field?.type === 'relationship' || field?.type === 'upload') && typeof field.relationTo === 'string') return { collection: field.relationTo as CollectionSlug, kind: 'id' }
  if (field?.type === 'number') return { kind: 'number' }
  if ((field?.type === 'select' || field?.type === 'radio') && Array.isArray(field.options)) {
    return { kind: 'select', options: new Set(field.options.map((o: string | { value: string }) => (typeof o === 'string' ? o : o.value))) }
  }
  return null
}

/** PostgreSQL refuses a NUL character in any text it is given (SQLite and MongoDB take it). */
const hasNul = (value: unknown): boolean => (Array.isArray(value) ? value.some(hasNul) : typeof value === 'string' && value.includes('\u0000'))

/**
 * A filter value the database cannot hold made the query fail with a 500:
 * `NaN`, `Infinity`, `1e309` or an id past the integer range on an id,
 * relationship or number field (`?where[id][in]=NaN`), a value outside a
 * select field's options (PostgreSQL's enum types refuse it), a NUL
 * character anywhere (PostgreSQL's text refuses it). Each is a 400 that
 * names the filter. Other text is not checked: any text is a fair search.
 */
export const rejectImpossibleWhereValues: CollectionBeforeOperationHook = ({ args, collection, req }) => {
  const { where } = args as { where?: unknown }
  if (!where || typeof where !== 'object' || req.payloadAPI === 'local') return args
  for (const [path, operator, value] of conditionsOf(where as Where)) {
    if (hasNul(value)) throw new APIError(`Bộ lọc where[${path}][${operator}] chứa ký tự NUL (%00).`, 400, null, true)
    const check = COMPARING.has(operator) ? checkFor(collection, path) : null
    if (check && !valuesOf(operator, value).every((v) => fits({ check, payload: req.payload, value: v }))) {
      throw new APIError(`Bộ lọc where[${path}][${operator}] cần ${EXPECTED[check.kind]}.`, 400, null, true)
    }
  }
  return args
}
