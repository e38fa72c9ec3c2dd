import { describe, expect, it } from 'vitest'

import { getTestPayload } from '../helpers/payload'

describe('smoke', () => {
  it('creates an exemplar', async () => {
    const payload = await getTestPayload()
    const doc = await payload.create({ collection: 'exemplars', data: { kind: 'individual', name: 'Nguyễn Văn Đức', stage: 'discovered', _status: 'published' } })
    expect(doc.slug).toBe('nguyen-van-duc')
    expect(doc.stageHistory?.length).toBe(1)
  })
})
