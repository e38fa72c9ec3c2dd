import { getPayload, type Payload } from 'payload'

import config from '../../payload.config'
import { migrations } from '../../src/migrations'

let instance: Promise<Payload> | undefined

/** One Payload per test file, on a temp SQLite database built from the committed migrations. */
export const getTestPayload = (): Promise<Payload> => {
  instance ??= (async () => {
    const payload = await getPayload({ config })
    await payload.db.migrate({ migrations })
    return payload
  })()
  return instance
}
