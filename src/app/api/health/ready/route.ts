import { readiness } from '@/health/routes'

/** Readiness (src/health): database, migrations, writable storage. */
export const dynamic = 'force-dynamic'
export const GET = readiness
