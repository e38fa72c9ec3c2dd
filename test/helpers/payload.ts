import { getPayload, type Payload } from 'payload'

import config from '@payload-config'
import { committedMigrations } from '@/lib/database/migrations'
import { createTestDatabase } from './database'

let instance: Promise<Payload> | undefined

/** One Payload per test file, on its own throw-away database built from the committed migrations (the list production runs). */
export const getTestPayload = (): Promise<Payload> => {
  instance ??= (async () => {
    await createTestDatabase()
    const payload = await getPayload({ config })
    await payload.db.migrate({ migrations: committedMigrations() })
    return payload
  })()
  return instance
}
