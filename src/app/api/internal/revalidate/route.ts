import { purgeTags } from '@/lib/cache/purgeRoute'

/** Cache purges sent by the jobs worker (src/lib/cache/forwardPurge.ts). */
export const dynamic = 'force-dynamic'
export const POST = purgeTags
