import { getPayloadClient } from '@/lib/server/payload'
import { readinessChecks } from './checks'

// Never cached anywhere: a health answer is about this process, now.
const NO_STORE = { 'cache-control': 'no-store' }

/** GET /api/health: liveness. The process answers; nothing else is checked (a load balancer restarts on failure). */
export const liveness = (): Response => Response.json({ status: 'ok' }, { headers: NO_STORE })

/**
 * GET /api/health/ready: readiness. 200 when the database answers a query,
 * every committed migration has run and uploads can be written; 503 naming
 * the check that failed otherwise. No versions, hosts or secrets in the answer.
 */
export const readiness = async (): Promise<Response> => {
  let checks
  try {
    checks = await readinessChecks(await getPayloadClient())
  } catch {
    // Payload itself could not start (the database refused the connection at start-up).
    return Response.json({ checks: { database: { ms: 0, ok: false, detail: 'failed' } }, status: 'not ready' }, { headers: NO_STORE, status: 503 })
  }
  const ready = Object.values(checks).every((check) => check.ok)
  return Response.json({ checks, status: ready ? 'ready' : 'not ready' }, { headers: NO_STORE, status: ready ? 200 : 503 })
}
