import { revalidateTag } from 'next/cache'

import { forwardPurge } from '@/lib/cache/forwardPurge'
import { cacheTags } from '@/lib/cache/tags'
import type { ImportKind } from '../types'

/** Pages that show what an import writes: award decisions also appear on the exemplars they name. */
const TOUCHED: Record<ImportKind, string[]> = { awards: ['awards', 'exemplars'], clusterScores: ['emulation-clusters'], documents: ['documents'], exemplars: ['exemplars', 'awards'] }

/**
 * Records are written with per-document purges turned off (thousands of
 * them); one purge per collection follows at the end. The import runs in a
 * process of its own, outside any Next request, so the tags go to the site
 * (REVALIDATE_URL, by default this machine's `npm start`).
 */
export const purgeImported = async ({ kind }: { kind: ImportKind }): Promise<void> => {
  const tags = TOUCHED[kind].map((collection) => cacheTags.collection(collection))
  try {
    for (const tag of tags) revalidateTag(tag, { expire: 0 })
  } catch {
    process.env.REVALIDATE_URL ||= `http://127.0.0.1:${process.env.PORT ?? 3000}`
    // forwardPurge's timer does not hold the process open; a command that ends right after must wait for it.
    const hold = setInterval(() => undefined, 1_000)
    await forwardPurge(tags, 0).finally(() => clearInterval(hold))
  }
}
