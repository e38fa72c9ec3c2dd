import { afterEach, describe, expect, it } from 'vitest'

import { payloadSecret } from '@/lib/server/secret'

const saved = { ...process.env }
afterEach(() => {
  process.env = { ...saved }
})

describe('PAYLOAD_SECRET', () => {
  it('is taken from the environment when set', () => {
    process.env.PAYLOAD_SECRET = 'bi-mat-tu-moi-truong'
    expect(payloadSecret()).toBe('bi-mat-tu-moi-truong')
  })

  it('is required with MongoDB in production, with a message saying what to do', () => {
    delete process.env.PAYLOAD_SECRET
    process.env.DATABASE_URI = 'mongodb://127.0.0.1/thidua'
    Object.assign(process.env, { NODE_ENV: 'production' })
    expect(() => payloadSecret()).toThrow(/PAYLOAD_SECRET is required with MongoDB in production/)
  })
})
