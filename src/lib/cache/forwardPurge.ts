import { signPurge } from './purgeSignature'

/** Purges made within this window go out as one request. */
const BATCH_MS = 50
const TIMEOUT_MS = 5_000

/** Tags waiting to be sent, by the moment they are due. */
const due = new Map<number, { tags: Set<string>; timer: Promise<void> }>()

/**
 * Where to send purges: REVALIDATE_URL, one or more site addresses separated
 * by commas (the first that answers wins). The site server sets it to itself
 * (scripts/serve.ts); a separate jobs worker is given the instances.
 */
const targets = (): string[] =>
  (process.env.REVALIDATE_URL ?? '')
    .split(',')
    .map((url) => url.trim().replace(/\/+$/, ''))
    .filter(Boolean)

const send = async (tags: string[]): Promise<void> => {
  const body = JSON.stringify({ tags })
  for (const base of targets()) {
    try {
      const response = await fetch(`${base}/api/internal/revalidate`, { body, headers: { 'content-type': 'application/json', ...signPurge(body) }, method: 'POST', signal: AbortSignal.timeout(TIMEOUT_MS) })
      if (response.ok) return
      console.warn(`[purge] ${base} trả lời ${response.status} khi xoá bộ đệm; thử địa chỉ khác.`)
    } catch (error) {
      console.warn(`[purge] Không gửi được lệnh xoá bộ đệm tới ${base}: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
  // Nothing answered: pages still refresh when their hour-long cache ends (lib/cache/cachedRead).
  console.warn(`[purge] Không máy chủ nào nhận lệnh xoá bộ đệm cho ${tags.length} thẻ; trang sẽ tự làm mới sau tối đa 1 giờ. Kiểm tra REVALIDATE_URL.`)
}

/**
 * Sends tags to a site instance, which purges them in a request of its own
 * (app/api/internal/revalidate); with Redis every instance sees it. Used for
 * purges that cannot be made here: a job (a scheduled publish) has no Next
 * request, and for purges that must be made again later (see ./revalidate).
 * `afterMs` delays it; tags due at the same moment go out as one request.
 * Without REVALIDATE_URL (tests, scripts with no site running) this does nothing.
 */
export const forwardPurge = (tags: string[], afterMs = 0): Promise<void> => {
  if (targets().length === 0 || tags.length === 0) return Promise.resolve()
  const at = Math.ceil((Date.now() + afterMs + BATCH_MS) / BATCH_MS) * BATCH_MS
  let batch = due.get(at)
  if (!batch) {
    const tags = new Set<string>()
    const timer = new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, at - Date.now())).unref?.()).then(async () => {
      due.delete(at)
      await send([...tags])
    })
    batch = { tags, timer }
    due.set(at, batch)
  }
  for (const tag of tags) batch.tags.add(tag)
  return batch.timer
}
