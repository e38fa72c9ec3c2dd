/**
 * The API test server (./http.ts) in a process of its own, so a test can
 * kill it with SIGKILL mid-write and start another on the same database and
 * upload folder (both come from the environment the parent passes). Prints
 * `LISTENING <url>` once it answers.
 */
import { getPayload } from 'payload'

import config from '@payload-config'
import { startApiServer } from './http'

const main = async () => {
  await getPayload({ config })
  const server = await startApiServer()
  console.log(`LISTENING ${server.url}`)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
