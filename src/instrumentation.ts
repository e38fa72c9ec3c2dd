/**
 * Runs once when the Next server boots: starts Payload with its job runner,
 * so scheduled publishing works even before anyone opens the admin or a
 * page that is not cached.
 */
export const register = async () => {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return
  const { getPayloadClient } = await import('./lib/server/payload')
  await getPayloadClient()
}
