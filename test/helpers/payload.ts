import { getPayload, type Payload } from 'payload'

import config from '@payload-config'
import { migrations } from '@/migrations'

type MigrateArgs = NonNullable<Parameters<Payload['db']['migrate']>[0]>

let instance: Promise<Payload> | undefined

/** One Payload per test file, on a temp SQLite database built from the committed migrations. */
export const getTestPayload = (): Promise<Payload> => {
  instance ??= (async () => {
    const payload = await getPayload({ config })
    // The same list production runs (prodMigrations). The cast only widens the
    // SQLite-specific argument type to the base adapter's.
    await payload.db.migrate({ migrations: migrations as unknown as MigrateArgs['migrations'] })
    return payload
  })()
  return instance
}
