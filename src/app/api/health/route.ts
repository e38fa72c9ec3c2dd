import { liveness } from '@/health/routes'

/** Liveness (src/health): a Next route beside Payload's /api catch-all. */
export const dynamic = 'force-dynamic'
export const GET = liveness
