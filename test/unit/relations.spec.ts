import { describe, expect, it } from 'vitest'

import { publishedRelations, relationId, relationIds } from '@/lib/queries/relations'

type Doc = { _status?: 'draft' | 'published' | null; id: number; title: string }

describe('relationship values', () => {
  it('reads ids from populated documents and bare ids alike', () => {
    expect(relationId({ id: 7, title: 'x' })).toBe(7)
    expect(relationId('abc')).toBe('abc')
    expect(relationId(null)).toBeNull()
    expect(relationIds([3, { id: 'b' }, null, { title: 'no id' }])).toEqual([3, 'b'])
    expect(relationIds(undefined)).toEqual([])
  })

  it('keeps only published documents, in order: not a bare id (hidden by access), not a draft (an editor’s preview)', () => {
    const a: Doc = { _status: 'published', id: 1, title: 'A' }
    const draft: Doc = { _status: 'draft', id: 2, title: 'draft' }
    const b: Doc = { _status: 'published', id: 3, title: 'B' }
    const unset: Doc = { id: 4, title: 'no status' }
    expect(publishedRelations<Doc>([b, 9, draft, a, unset])).toEqual([b, a])
    expect(publishedRelations<Doc>(null)).toEqual([])
  })
})
